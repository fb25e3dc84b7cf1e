-- Each initiative of the programme in the subtree at rootPath as it stood at the end of a past day, from the event log,
-- which keeps what each transition counted with (V4, V32): its last step that had happened by then. A step happened by
-- then when it was entered before asOfEnd, or entered later with a real date (occurred_on, a paper record brought in)
-- on or before asOf; a real date is never after the day of entry (V19) nor before the step before. Only initiatives
-- with a step in a unit of the subtree (in the tree of treeDate) are read (V33's index): one whose last step counts in
-- the subtree has that step there, so the reports' own subtree filter after this keeps the same rows, and a province
-- reads its own steps, not the country's. A CTE named "state", spliced into the reports "as of" a day (progress,
-- breakdown, participation, typical initiatives).
state as (
    select distinct on (e.initiative_id) e.initiative_id, e.to_status as status, e.unit_id, e.first_applied_on,
           e.estimated_value_vnd, e.field, e.solution_type, e.impact_level, e.grade
      from initiative_event e
     where e.program_id = :programId and (e.at < :asOfEnd or e.occurred_on <= :asOf)
       and e.initiative_id in (
               select s.initiative_id
                 from unit_placement p
                 join initiative_event s on s.unit_id = p.unit_id and s.program_id = :programId
                where in_subtree(p.path, :rootPath)
                  and p.valid_from <= :treeDate and coalesce(p.valid_to, 'infinity') >= :treeDate)
     order by e.initiative_id, e.at desc, e.id desc
)
