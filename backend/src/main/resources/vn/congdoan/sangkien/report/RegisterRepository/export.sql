-- The register's export (ReportService.exportRegister): the rows of the change feed, all of them or those written by
-- a transaction from :from on, streamed through a cursor in no particular order (the export's client keeps them by id).
select i.id, i.receipt_number, i.title, u.code as unit_code, i.field, i.solution_type, i.status, i.impact_level,
       i.grade, i.first_applied_on, i.submitted_on, i.recognition_body, i.decision_number, i.decision_date,
       i.estimated_value_vnd, (select count(*) from initiative_author a where a.initiative_id = i.id) as author_count,
       i.updated_at
  from initiative i
  join unit u on u.id = i.unit_id
 where i.program_id = :program and in_subtree(u.path, :rootPath)
   and i.change_xid >= cast(:from as xid8)
