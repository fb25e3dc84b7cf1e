-- The next number of the unit and year, without gaps or races: the row lock serialises filers of one unit.
insert into receipt_counter (unit_id, year, last) values (:unit, :year, 1)
on conflict (unit_id, year) do update set last = receipt_counter.last + 1
returning last
