-- The numbers at the end of a past day: each initiative's state then (state-as-of.sql), counted for its unit's
-- ancestors in the tree of treeDate.
, <state>,
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
