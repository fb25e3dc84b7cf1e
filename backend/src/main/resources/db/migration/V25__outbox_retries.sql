-- Issue 18. An event that a consumer cannot fan out (a bug, data it cannot read) must not hold back the others: it is
-- set aside with its error and tried again later, less and less often (outbox.OutboxWorker), never dropped.
alter table outbox_event add column attempts int not null default 0;
alter table outbox_event add column last_error varchar(1000);
alter table outbox_event add column next_attempt_at timestamptz;
drop index outbox_event_pending_idx;
create index outbox_event_pending_idx on outbox_event (occurred_at) where dispatched_at is null;
