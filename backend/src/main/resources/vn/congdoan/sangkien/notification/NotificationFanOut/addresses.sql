-- The known addresses of those among :names who want this kind of event by mail.
select a.username, a.email
from account a
left join notification_preference p on p.username = a.username and p.kind = :kind
where a.username = any(:names)
  and a.email is not null
  and coalesce(p.email, :byDefault)
