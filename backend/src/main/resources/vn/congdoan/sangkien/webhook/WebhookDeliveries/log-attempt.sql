-- One try in the log; none when the delivery went with its subscription (deleted while it was being sent).
insert into webhook_attempt (delivery_id, attempted_at, status_code, error, duration_ms, replay, replayed_by, note)
select id, :attemptedAt, :statusCode, :error, :durationMs, :replay, :replayedBy, :note
from webhook_delivery
where id = :deliveryId
