select id from outbox_event
where dispatched_at is null and (next_attempt_at is null or next_attempt_at <= :now)
order by occurred_at
limit :limit
