select id, kind, title, title_en, link, created_at, read_at is not null as read
from notification
where recipient = :recipient
  and (cast(:before as bigint) is null or id < :before)
  and (not :unreadOnly or read_at is null)
order by id desc
limit :size
