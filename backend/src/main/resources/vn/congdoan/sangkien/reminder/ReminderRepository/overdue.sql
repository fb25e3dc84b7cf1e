-- Dossiers waiting for a decision (submitted, or under review) since :submittedBefore or earlier.
select i.id as initiative_id, i.title, i.receipt_number, i.submitted_on, i.status, pr.code as program_code,
       u.id as unit_id, u.code as unit_code, u.name as unit_name, u.path as unit_path
from initiative i
join unit u on u.id = i.unit_id
join program pr on pr.id = i.program_id
where i.status in ('SUBMITTED', 'UNDER_REVIEW')
  and i.submitted_on <= :submittedBefore
order by i.id
