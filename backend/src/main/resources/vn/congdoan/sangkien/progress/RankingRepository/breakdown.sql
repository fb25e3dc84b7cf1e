-- Filed initiatives of the subtree by field, by solution type, by impact level and by the sector of their unit, in
-- one pass. grouping() is a bit mask over (field, solution_type, impact_level, sector), 1 for each column left out:
-- 7 = by field, 11 = by type, 13 = by impact, 14 = by sector.
select grouping(i.field, i.solution_type, i.impact_level, u.sector) as grouping_set,
       coalesce(i.field, i.solution_type, i.impact_level, u.sector, 'NONE') as key,
       count(*) as filed, count(*) filter (where i.status = 'VALID') as valid,
       coalesce(sum(i.estimated_value_vnd) filter (where i.status = 'VALID'), 0) as valid_value_vnd
  from initiative i join unit u on u.id = i.unit_id
 where i.program_id = :program and in_subtree(u.path, :rootPath)
   and i.first_applied_on between :periodStart and :periodEnd
   and i.status <> 'DRAFT'
 group by grouping sets ((i.field), (i.solution_type), (i.impact_level), (u.sector))
 order by 1, 3 desc, 2
