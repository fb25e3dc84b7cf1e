-- Filed initiatives of the subtree by field, by solution type and by impact level in one pass. grouping() is a bit
-- mask over (field, solution_type, impact_level): 3 = by field, 5 = by type, 6 = by impact.
select grouping(i.field, i.solution_type, i.impact_level) as grouping_set,
       coalesce(i.field, i.solution_type, i.impact_level, 'NONE') as key,
       count(*) as filed, count(*) filter (where i.status = 'VALID') as valid,
       coalesce(sum(i.estimated_value_vnd) filter (where i.status = 'VALID'), 0) as valid_value_vnd
  from initiative i join unit u on u.id = i.unit_id
 where i.program_id = :program and in_subtree(u.path, :rootPath)
   and i.first_applied_on between :periodStart and :periodEnd
   and i.status <> 'DRAFT'
 group by grouping sets ((i.field), (i.solution_type), (i.impact_level))
 order by 1, 3 desc, 2
