-- The oldest events not fanned out yet that no other worker holds (SKIP LOCKED: never wait, never take the same),
-- those set aside after a failure only once their next attempt is due.
select id, kind, unit_id, initiative_id, actor, data::text as data, occurred_at
from outbox_event
where dispatched_at is null
  and (next_attempt_at is null or next_attempt_at <= :now)
order by occurred_at
limit :limit
for update skip locked
