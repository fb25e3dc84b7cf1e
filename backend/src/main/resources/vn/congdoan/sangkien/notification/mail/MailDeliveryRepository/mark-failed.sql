-- The SMTP server did not take it: try again at :nextAttemptAt (back-off), or FAILED after the last attempt allowed.
-- A mail another sender has meanwhile sent stays SENT.
update mail_delivery
set status = case when attempts >= :maxAttempts then 'FAILED' else 'PENDING' end,
    next_attempt_at = :nextAttemptAt, leased_until = null, last_error = :error
where id = :id and status = 'PENDING'
