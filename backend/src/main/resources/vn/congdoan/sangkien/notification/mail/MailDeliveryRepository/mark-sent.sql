-- The SMTP server took the mail: done for good. (A sender whose lease had run out and sent it again sets the same.)
update mail_delivery
set status = 'SENT', sent_at = coalesce(sent_at, :now), leased_until = null, last_error = null
where id = :id
