select count(*)
  from initiative i
  join unit u on u.id = i.unit_id
 where i.program_id = :program and in_subtree(u.path, :rootPath)
   and i.first_applied_on between :periodStart and :periodEnd
   and i.status = any(:statuses)
