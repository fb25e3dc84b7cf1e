select d.id, d.subscription_id, d.event_id, e.kind, d.status, d.attempts, d.next_attempt_at, d.last_status_code,
       d.last_error, d.delivered_at, d.created_at
from webhook_delivery d
join outbox_event e on e.id = d.event_id
where d.id = :id
