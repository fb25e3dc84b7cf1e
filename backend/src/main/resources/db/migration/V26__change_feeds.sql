-- Change feeds for mirrors (common.sync, docs/integration.md): the register, units and quotas each say which
-- transaction last wrote a row (change_xid), and what was deleted is kept as a tombstone, so an integrator can pull
-- everything once and then only what changed, in an order that survives concurrent writers.
--
-- Why transaction ids rather than timestamps: a transaction that took its clock early but commits late would land
-- behind a reader that had already passed that time. A reader remembers instead the oldest transaction still running
-- when it started (pg_snapshot_xmin); everything older is committed and seen, everything from there on is read again
-- next time. Mirrors apply rows by id, so a row read twice changes nothing.
--
-- The defaults are stable functions: adding the columns stamps existing rows with this migration's transaction
-- without rewriting the tables; the import's COPY gets its transaction's id from the default too.

alter table initiative add column change_xid xid8 not null default pg_current_xact_id();
alter table unit add column change_xid xid8 not null default pg_current_xact_id();
alter table unit add column updated_at timestamptz not null default now();
alter table quota add column change_xid xid8 not null default pg_current_xact_id();
alter table quota add column updated_at timestamptz not null default now();

-- Every update stamps the row; the dossier's updated_at stays the application's (it is part of the dossier's story).
-- Who writes an author row writes the dossier too (InitiativeService sets updated_at), so author counts follow.
create function stamp_change() returns trigger language plpgsql as $$
begin
    new.change_xid := pg_current_xact_id();
    if tg_table_name <> 'initiative' then
        new.updated_at := now();
    end if;
    return new;
end;
$$;
create trigger initiative_stamp_change before update on initiative for each row execute function stamp_change();
create trigger unit_stamp_change before update on unit for each row execute function stamp_change();
create trigger quota_stamp_change before update on quota for each row execute function stamp_change();

create index initiative_change_idx on initiative (change_xid, id);
create index unit_change_idx on unit (change_xid, id);
create index quota_change_idx on quota (change_xid, id);

-- A deleted dossier (a draft) or quota: what a mirror needs to drop it, and the scope it was in. unit_id and
-- period_id are plain numbers, not references: the tombstone outlives nothing it points to, but must not hold
-- back a later clean-up of units or periods either.
create table change_tombstone (
    id          bigint generated always as identity primary key,
    kind        varchar(20) not null,
    object_id   bigint      not null,
    program_id  bigint,
    period_id   bigint,
    unit_id     bigint      not null,
    removed_at  timestamptz not null default now(),
    change_xid  xid8        not null default pg_current_xact_id()
);
create index change_tombstone_feed_idx on change_tombstone (kind, change_xid, id);

create function keep_tombstone() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'initiative' then
        insert into change_tombstone (kind, object_id, program_id, unit_id) values ('INITIATIVE', old.id, old.program_id, old.unit_id);
    else
        insert into change_tombstone (kind, object_id, period_id, unit_id) values ('QUOTA', old.id, old.period_id, old.unit_id);
    end if;
    return old;
end;
$$;
create trigger initiative_tombstone after delete on initiative for each row execute function keep_tombstone();
create trigger quota_tombstone after delete on quota for each row execute function keep_tombstone();
