-- A replay that failed changes no state of the delivery's own tries: it is in the log.
update webhook_delivery set last_status_code = :statusCode, last_error = :error where id = :id
