insert into webhook_attempt (delivery_id, attempted_at, status_code, error, duration_ms, replay, replayed_by, note)
values (:deliveryId, :attemptedAt, :statusCode, :error, :durationMs, :replay, :replayedBy, :note)
