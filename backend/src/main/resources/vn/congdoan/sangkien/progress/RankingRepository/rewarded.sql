-- Initiatives worth a reward in the subtree: valid, of provincial or national impact or graded A; widest impact first.
select i.id, i.receipt_number, i.title, u.code as unit_code, i.impact_level, i.grade, i.estimated_value_vnd,
       i.decision_date
  from initiative i join unit u on u.id = i.unit_id
 where i.program_id = :program and in_subtree(u.path, :rootPath)
   and i.first_applied_on between :periodStart and :periodEnd
   and i.status = 'VALID' and (i.impact_level in ('PROVINCIAL_SECTOR', 'NATIONAL') or i.grade = 'A')
 order by case i.impact_level when 'NATIONAL' then 0 when 'PROVINCIAL_SECTOR' then 1 else 2 end,
          i.grade nulls last, i.estimated_value_vnd desc nulls last, i.id
 limit :limit
