update outbox_event
set attempts = attempts + 1, last_error = left(:error, 1000),
    next_attempt_at = :now + least(interval '1 hour', interval '1 second' * power(2, attempts + 1))
where id = :id
