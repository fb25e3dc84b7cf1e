-- Filed initiatives (the CTE "filed": filed-current.sql or filed-as-of.sql) by field, by solution type, by impact
-- level and by the sector of their unit, in one pass. grouping() is a bit mask over (field, solution_type,
-- impact_level, sector), 1 for each column left out: 7 = by field, 11 = by type, 13 = by impact, 14 = by sector.
with <filed>
select grouping(f.field, f.solution_type, f.impact_level, u.sector) as grouping_set,
       coalesce(f.field, f.solution_type, f.impact_level, u.sector, 'NONE') as key,
       count(*) as filed, count(*) filter (where f.status = 'VALID') as valid,
       coalesce(sum(f.estimated_value_vnd) filter (where f.status = 'VALID'), 0) as valid_value_vnd
  from filed f join unit u on u.id = f.unit_id
 group by grouping sets ((f.field), (f.solution_type), (f.impact_level), (u.sector))
 order by 1, 3 desc, 2
