-- Typical initiatives of the subtree (the CTE "filed": filed-current.sql or filed-as-of.sql), the valid ones ordered
-- as the reward candidates are: widest impact, best grade, highest value. Impact level, grade and value are those of
-- the dossier's state read, so a report as of a past day lists what it listed then.
with <filed>
select i.id, i.receipt_number, i.title, u.code as unit_code, u.name as unit_name, f.field, f.impact_level, f.grade,
       f.estimated_value_vnd
  from filed f
  join initiative i on i.id = f.initiative_id
  join unit u on u.id = f.unit_id
 where f.status = 'VALID'
 order by case f.impact_level when 'NATIONAL' then 0 when 'PROVINCIAL_SECTOR' then 1 when 'GRASSROOTS' then 2 else 3 end,
          f.grade nulls last, f.estimated_value_vnd desc nulls last, i.id
 limit :limit
