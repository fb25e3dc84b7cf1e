-- One row per unit of the subtree (down to maxDepth), as the tree stood on treeDate: its quota and the initiatives of
-- its whole subtree by status. <counts> is counts-current.sql (the counters) or counts-as-of.sql (the event log);
-- both end in a CTE "counted" with one row per unit.
with scope as (
    select u.id, u.code, u.name, u.type, p.parent_id, p.depth
      from unit_placement p
      join unit u on u.id = p.unit_id
     where p.depth between :rootDepth and :maxDepth and in_subtree(p.path, :rootPath)
       and p.valid_from <= :treeDate and coalesce(p.valid_to, 'infinity') >= :treeDate
       and u.valid_from <= :periodEnd and (u.valid_to is null or u.valid_to >= :periodStart)
)
<counts>
select s.code as unit_code, s.name as unit_name, s.type as unit_type, parent.code as parent_code,
       s.depth - :rootDepth as level, q.target,
       coalesce(c.submitted, 0) as submitted, coalesce(c.under_review, 0) as under_review,
       coalesce(c.returned, 0) as returned, coalesce(c.recognised, 0) as recognised,
       coalesce(c.refused, 0) as refused, coalesce(c.valid, 0) as valid,
       coalesce(c.valid_value, 0) as valid_value_vnd
  from scope s
  left join unit parent on parent.id = s.parent_id
  left join quota q on q.unit_id = s.id and q.period_id = :periodId
  left join counted c on c.unit_id = s.id
 order by s.depth, s.name, s.code
