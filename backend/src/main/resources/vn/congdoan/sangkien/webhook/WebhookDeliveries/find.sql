select d.id, d.attempts, s.url, s.secret, e.id as event_id, e.kind, e.unit_id, e.initiative_id, e.actor,
       e.data::text as data, e.occurred_at
from webhook_delivery d
join webhook_subscription s on s.id = d.subscription_id
join outbox_event e on e.id = d.event_id
where d.id = :id
