-- Valid initiatives of each unit's subtree in the period (the counters), beside its target.
select u.code, u.name, q.target, coalesce(c.valid, 0) as valid
  from unit u
  left join quota q on q.unit_id = u.id and q.period_id = :period
  left join progress_counter c on c.unit_id = u.id and c.period_id = :period
 where u.id = any(:units)
