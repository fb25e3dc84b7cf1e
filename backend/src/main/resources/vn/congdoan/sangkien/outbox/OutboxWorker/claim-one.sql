-- One event of a batch that failed, on its own (still pending, not held by another worker).
select id, kind, unit_id, initiative_id, actor, data::text as data, occurred_at
from outbox_event
where id = :id and dispatched_at is null
for update skip locked
