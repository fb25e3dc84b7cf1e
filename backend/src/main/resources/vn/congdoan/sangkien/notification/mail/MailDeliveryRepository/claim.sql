-- Takes the due mails no other sender holds: PENDING, next attempt due, lease free or run out (a sender that died).
-- SKIP LOCKED: a sender on another instance takes the next ones instead of waiting, and never the same ones. The lease
-- and the attempt are written in this statement, which commits before anything is sent: a sender killed while sending
-- leaves the lease to run out, then the mail is sent again, with the same Message-ID (its id).
with due as (
    select id
    from mail_delivery
    where status = 'PENDING'
      and next_attempt_at <= :now
      and (leased_until is null or leased_until <= :now)
    order by next_attempt_at
    limit :limit
    for update skip locked
),
claimed as (
    update mail_delivery d
    set leased_until = :leasedUntil, attempts = d.attempts + 1
    from due
    where d.id = due.id
    returning d.id, d.notification_id, d.address, d.attempts
)
select c.id, c.address, c.attempts, n.kind, n.title, n.title_en, n.link, n.created_at, a.full_name
from claimed c
join notification n on n.id = c.notification_id
left join account a on a.username = n.recipient
order by c.id
