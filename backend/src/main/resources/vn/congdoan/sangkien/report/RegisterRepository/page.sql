-- What the national confederation may know of each dossier, and nothing personal: authors only as a number.
select i.receipt_number, i.title, u.code as unit_code, u.name as unit_name, i.field, i.solution_type, i.status,
       i.impact_level, i.grade, i.first_applied_on, i.submitted_on, i.recognition_body, i.decision_number,
       i.decision_date, i.estimated_value_vnd,
       (select count(*) from initiative_author a where a.initiative_id = i.id) as author_count,
       i.id, i.updated_at
  from initiative i
  join unit u on u.id = i.unit_id
 where i.program_id = :program and in_subtree(u.path, :rootPath)
   and i.first_applied_on between :periodStart and :periodEnd
   and i.status = any(:statuses)
   and i.id > :afterId -- keyset paging: the last id of the previous page (0 without a cursor)
 order by i.id
 limit :size offset :offset
