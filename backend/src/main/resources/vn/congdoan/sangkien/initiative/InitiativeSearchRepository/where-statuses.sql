   and i.status = any(:statuses)
