-- A try that failed: again at :next, or FAILED after the last allowed try.
update webhook_delivery
set attempts = attempts + 1, last_status_code = :statusCode, last_error = :error, leased_until = null,
    next_attempt_at = :next, status = case when attempts + 1 >= :maxAttempts then 'FAILED' else 'PENDING' end
where id = :id
