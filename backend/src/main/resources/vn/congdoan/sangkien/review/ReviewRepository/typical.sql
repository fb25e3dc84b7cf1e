-- Typical initiatives of the subtree: valid at the end of the asOf day (the last status event before :before, as the
-- progress report as of a day reads it), ordered as the reward candidates are: widest impact, best grade, highest
-- value. Impact level and grade are the dossier's current ones (set when recognised, not versioned here).
select i.id, i.receipt_number, i.title, u.code as unit_code, u.name as unit_name, i.field, i.impact_level, i.grade,
       i.estimated_value_vnd
  from initiative i join unit u on u.id = i.unit_id
 where i.program_id = :program and in_subtree(u.path, :rootPath)
   and i.first_applied_on between :periodStart and :periodEnd
   and (select e.to_status from initiative_event e
         where e.initiative_id = i.id and e.at < :before
         order by e.at desc, e.id desc limit 1) = 'VALID'
 order by case i.impact_level when 'NATIONAL' then 0 when 'PROVINCIAL_SECTOR' then 1 when 'GRASSROOTS' then 2 else 3 end,
          i.grade nulls last, i.estimated_value_vnd desc nulls last, i.id
 limit :limit
