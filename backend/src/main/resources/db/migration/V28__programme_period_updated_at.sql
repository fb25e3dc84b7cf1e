-- Programmes and periods say when they last changed (updatedAt in their views, for integrators' mirrors), and which
-- transaction wrote them (change_xid), as units and quotas do since V26: stamped by the database on every update.
alter table program add column change_xid xid8 not null default pg_current_xact_id();
alter table program add column updated_at timestamptz not null default now();
alter table period add column change_xid xid8 not null default pg_current_xact_id();
alter table period add column updated_at timestamptz not null default now();
create trigger program_stamp_change before update on program for each row execute function stamp_change();
create trigger period_stamp_change before update on period for each row execute function stamp_change();
