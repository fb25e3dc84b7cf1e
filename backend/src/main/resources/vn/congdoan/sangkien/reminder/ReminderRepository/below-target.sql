-- The units with a target in a period that ends on :endsOn whose subtree has fewer valid initiatives than the target
-- (the counters the database keeps per unit and period), units closed before :today left out.
select p.id as period_id, p.code as period_code, p.name as period_name, p.ends_on, pr.code as program_code,
       u.id as unit_id, u.code as unit_code, u.name as unit_name, u.path as unit_path,
       q.target, coalesce(c.valid, 0) as valid
from period p
join program pr on pr.id = p.program_id
join quota q on q.period_id = p.id
join unit u on u.id = q.unit_id
left join progress_counter c on c.period_id = p.id and c.unit_id = u.id
where p.ends_on = :endsOn
  and coalesce(c.valid, 0) < q.target
  and (u.valid_to is null or u.valid_to >= :today)
order by u.path, p.code
