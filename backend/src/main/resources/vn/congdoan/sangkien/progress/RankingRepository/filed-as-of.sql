-- The same CTEs "filed" and "grassroots" as filed-current.sql, as they stood at the end of a past day: each
-- initiative's state then (state-as-of.sql), in the tree of treeDate (the period's last day, or asOf if earlier).
<state>,
filed as (
    select st.initiative_id, st.unit_id, st.status, st.field, st.solution_type, st.impact_level, st.grade,
           st.estimated_value_vnd
      from state st
      join unit_placement p on p.unit_id = st.unit_id
                           and p.valid_from <= :treeDate and coalesce(p.valid_to, 'infinity') >= :treeDate
     where st.status <> 'DRAFT' and st.first_applied_on between :periodStart and :periodEnd
       and in_subtree(p.path, :rootPath)
),
grassroots as (
    select u.id
      from unit_placement p join unit u on u.id = p.unit_id
     where in_subtree(p.path, :rootPath) and u.type = 'GRASSROOTS'
       and p.valid_from <= :treeDate and coalesce(p.valid_to, 'infinity') >= :treeDate
       and u.valid_from <= :periodEnd and (u.valid_to is null or u.valid_to >= :periodStart)
)
