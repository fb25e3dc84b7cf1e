-- Read by the placement trigger (V4) when the unit's new parent is written, until the transaction ends.
select set_config('sangkien.moved_on', :day, true)
