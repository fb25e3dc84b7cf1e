insert into mail_delivery (id, notification_id, address, status, next_attempt_at)
values (:id, :notificationId, :address, 'PENDING', :now)
on conflict (notification_id) do nothing
