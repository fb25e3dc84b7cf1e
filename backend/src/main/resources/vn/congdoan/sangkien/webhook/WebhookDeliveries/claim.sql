-- The oldest due delivery of an active subscription that no sender holds: locked SKIP LOCKED (another sender takes the
-- next one instead of waiting) and leased until :leasedUntil, so that once this commits no other sender takes it
-- before the lease runs out (a sender that died with it leaves it to the next one then).
with claimed as (
    select d.id
    from webhook_delivery d
    join webhook_subscription s on s.id = d.subscription_id
    where d.status = 'PENDING' and d.next_attempt_at <= :due
      and (d.leased_until is null or d.leased_until <= :now)
      and s.active
    order by d.next_attempt_at, d.id
    limit 1
    for update of d skip locked
)
update webhook_delivery d
set leased_until = :leasedUntil
from claimed, webhook_subscription s, outbox_event e
where d.id = claimed.id and s.id = d.subscription_id and e.id = d.event_id
returning d.id, d.attempts, s.url, s.secret, e.id as event_id, e.kind, e.unit_id, e.initiative_id, e.actor,
          e.data::text as data, e.occurred_at
