-- A delivery per event and active subscription to its kind; an event fanned out again (the worker's retry) adds none.
insert into webhook_delivery (subscription_id, event_id, status, attempts, next_attempt_at, created_at)
select s.id, e.id, 'PENDING', 0, :now, :now
from unnest(cast(:ids as uuid[]), cast(:kinds as text[])) as e (id, kind)
join webhook_subscription s on s.active and e.kind = any (s.event_kinds)
on conflict on constraint webhook_delivery_once do nothing
