-- Reports "as of" a past day (progress, review) read the steps of a subtree's initiatives only: the initiatives with a
-- step in one of the subtree's units are found by unit here (ProgressRepository/state-as-of.sql), rather than every
-- step of the programme being sorted (8 s for a province's review at a million dossiers before this).
create index initiative_event_unit_idx on initiative_event (unit_id, program_id, initiative_id);
