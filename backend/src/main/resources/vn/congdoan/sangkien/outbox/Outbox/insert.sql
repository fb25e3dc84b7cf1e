-- A scheduled job's event (once_key set) is made once: a second instance's insert does nothing.
insert into outbox_event (id, kind, unit_id, initiative_id, actor, data, once_key, occurred_at)
values (:id, :kind, :unitId, :initiativeId, :actor, cast(:data as jsonb), :onceKey, :occurredAt)
on conflict (once_key) do nothing
