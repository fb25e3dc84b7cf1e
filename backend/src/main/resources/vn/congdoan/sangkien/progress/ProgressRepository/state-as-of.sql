-- Each initiative of the programme as it stood at the end of a past day, from the event log, which keeps what each
-- transition counted with (V4, V32): its last step that had happened by then. A step happened by then when it was
-- entered before asOfEnd, or entered later with a real date (occurred_on, a paper record brought in) on or before asOf;
-- a real date is never after the day of entry (V19) nor before the step before. A CTE named "state", spliced into the
-- reports "as of" a day (progress, breakdown, participation).
state as (
    select distinct on (e.initiative_id) e.initiative_id, e.to_status as status, e.unit_id, e.first_applied_on,
           e.estimated_value_vnd, e.field, e.solution_type, e.impact_level, e.grade
      from initiative_event e
     where e.program_id = :programId and (e.at < :asOfEnd or e.occurred_on <= :asOf)
     order by e.initiative_id, e.at desc, e.id desc
)
