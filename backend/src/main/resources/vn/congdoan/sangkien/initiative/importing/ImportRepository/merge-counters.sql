-- The progress counters of the imported rows, merged once at the very end of the load (the COPY ran with
-- sangkien.counters = 'off'): the counter rows of every ancestor up to the national root stay locked only from here to
-- the commit, not while authors and events are copied, so status changes elsewhere in the country do not wait on them.
select progress_counter_merge(array(
    select row (i.program_id, i.unit_id, i.status, i.first_applied_on, i.estimated_value_vnd, 1)::progress_delta
      from initiative i
     where i.id = any(:ids) and i.status <> 'DRAFT'))
