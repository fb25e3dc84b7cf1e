-- The columns a list shows, of the page's rows only.
select i.id, p.code as program_code, u.code as unit_code, u.name as unit_name, i.title, i.solution_type, i.field,
       i.first_applied_on, i.status, i.receipt_number, i.grade, i.updated_at, i.version
  from initiative i join unit u on u.id = i.unit_id join program p on p.id = i.program_id
 where i.id = any(:ids)
