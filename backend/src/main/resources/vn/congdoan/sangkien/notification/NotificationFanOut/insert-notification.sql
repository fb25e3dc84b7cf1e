-- Nothing when this event already notified this person (a retried fan-out): no row comes back, no mail is added.
insert into notification (event_id, recipient, kind, title, title_en, link, created_at)
values (:eventId, :recipient, :kind, :title, :titleEn, :link, :createdAt)
on conflict (event_id, recipient) do nothing
returning id
