-- The initiative list's default order (latest change first) within a programme and status: the first page is read in
-- index order and stops after a page of matches, instead of sorting every match of a common word.
create index initiative_recent_idx on initiative (program_id, status, updated_at desc, id);
