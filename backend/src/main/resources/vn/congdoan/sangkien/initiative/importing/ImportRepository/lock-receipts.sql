-- This year's receipt counter of every unit the file names, locked until the import commits (created at 0 where
-- missing), in id order so that two imports cannot deadlock: a dossier filed meanwhile waits, so the numbers handed
-- out in row order from "last" cannot be taken twice.
insert into receipt_counter (unit_id, year, last)
select u, :year, 0 from unnest(:units) u order by u
on conflict (unit_id, year) do update set last = receipt_counter.last
returning unit_id, last
