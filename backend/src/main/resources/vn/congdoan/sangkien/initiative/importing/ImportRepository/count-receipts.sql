update receipt_counter c set last = c.last + d.given
  from unnest(:units, :given) d (unit_id, given)
 where c.unit_id = d.unit_id and c.year = :year
