update outbox_event set dispatched_at = :now where id = any(:ids)
