-- The oldest events not fanned out yet that no other worker holds (SKIP LOCKED: never wait, never take the same).
select id, kind, unit_id, initiative_id, actor, data::text as data, occurred_at
from outbox_event
where dispatched_at is null
order by occurred_at
limit :limit
for update skip locked
