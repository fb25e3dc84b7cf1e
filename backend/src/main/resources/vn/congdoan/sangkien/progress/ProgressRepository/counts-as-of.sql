-- The numbers at the end of a past day, rebuilt from the event log, which keeps what each transition counted with:
-- each initiative's last status that had happened by then, counted for its unit's ancestors in the tree of treeDate.
-- A step happened by then when it was entered before asOfEnd, or entered later with a real date (occurred_on, a paper
-- record brought in) on or before asOf; a real date is never after the day of entry (V19) nor before the step before.
, state as (
    select distinct on (e.initiative_id) e.to_status as status, e.unit_id, e.first_applied_on, e.estimated_value_vnd
      from initiative_event e
     where e.program_id = :programId and (e.at < :asOfEnd or e.occurred_on <= :asOf)
     order by e.initiative_id, e.at desc, e.id desc
),
counted as (
    select a.ancestor as unit_id,
           count(*) filter (where st.status = 'SUBMITTED') as submitted,
           count(*) filter (where st.status = 'UNDER_REVIEW') as under_review,
           count(*) filter (where st.status = 'RETURNED') as returned,
           count(*) filter (where st.status = 'RECOGNISED') as recognised,
           count(*) filter (where st.status = 'REFUSED') as refused,
           count(*) filter (where st.status = 'VALID') as valid,
           sum(coalesce(st.estimated_value_vnd, 0)) filter (where st.status = 'VALID') as valid_value
      from state st
      join unit_placement p on p.unit_id = st.unit_id
                           and p.valid_from <= :treeDate and coalesce(p.valid_to, 'infinity') >= :treeDate
     cross join lateral unnest(unit_ancestors(p.path)) a (ancestor)
     where st.status <> 'DRAFT' and st.first_applied_on between :periodStart and :periodEnd
       and in_subtree(p.path, :rootPath)
     group by a.ancestor
)
