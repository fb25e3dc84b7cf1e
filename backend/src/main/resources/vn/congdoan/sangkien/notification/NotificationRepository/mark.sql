-- Read keeps the first time it was read; unread clears it. No row back: not this person's notification.
update notification set read_at = case when :read then coalesce(read_at, :now) end
where id = :id and recipient = :recipient
returning id, kind, title, title_en, link, created_at, read_at is not null as read
