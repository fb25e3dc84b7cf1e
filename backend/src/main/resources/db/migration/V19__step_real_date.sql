-- Paper records brought in (docs/architecture.md, "Counting rule and lifecycle"): an officer entering a dossier
-- received on paper gives each step the day it really happened (occurred_on), while "at" and "actor" keep when and by
-- whom it was entered. Null: the step happened the day it was entered (every step before this, the import's).
alter table initiative_event add column occurred_on date;

-- A real date is never after the day the step was entered, in Hanoi. Reports "as of" a day rely on it: a step entered
-- before the day's end happened by then, so only the steps entered later need their real date looked at.
alter table initiative_event add constraint initiative_event_occurred_not_after_entry
    check (occurred_on is null or occurred_on <= (at at time zone 'Asia/Ho_Chi_Minh')::date);

-- The steps entered late with a real date, found per programme for reports "as of" a day.
create index initiative_event_program_occurred_idx on initiative_event (program_id, occurred_on)
    where occurred_on is not null;
