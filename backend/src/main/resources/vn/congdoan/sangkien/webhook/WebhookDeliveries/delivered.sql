-- A 2xx: delivered (a replay keeps the first delivery's time).
update webhook_delivery
set status = 'DELIVERED', attempts = attempts + :counted, last_status_code = :statusCode, last_error = null,
    delivered_at = coalesce(delivered_at, :now), leased_until = case when :counted = 1 then null else leased_until end
where id = :id
