select delivery_id, attempted_at, status_code, error, duration_ms, replay, replayed_by, note
from webhook_attempt
where delivery_id = any (:ids)
order by id
