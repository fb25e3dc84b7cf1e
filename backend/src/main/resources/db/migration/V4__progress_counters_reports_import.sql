-- Progress at national scale and reproducible reports.
--  * unit_placement: where each unit sat in the tree and since when, so a past period is counted on the tree as it
--    stood on its last day (a unit moved mid-programme counts for its old parent in the periods that ended before).
--  * progress_counter: per period and unit, the initiatives of the unit's whole subtree by status, kept by
--    statement-level triggers in the same transaction as the change, so progress is a lookup, not a scan of
--    a million initiatives.
--  * initiative_event snapshots (unit, date first applied, value) so a report "as of" a day is rebuilt from
--    the event log alone and gives the same numbers later.
--  * emulation clusters (cụm thi đua) and import batches.

-- The first placement of a unit reaches back to -infinity: initiatives dated before the unit was registered still
-- count somewhere.
create table unit_placement (
    unit_id    bigint        not null references unit (id) on delete cascade,
    parent_id  bigint        references unit (id),
    path       varchar(1000) not null,
    depth      integer       not null,
    valid_from date          not null,
    valid_to   date,
    primary key (unit_id, valid_from)
);
create index unit_placement_depth_path_idx on unit_placement (depth, path varchar_pattern_ops);
create index unit_placement_path_idx on unit_placement (path varchar_pattern_ops);
insert into unit_placement (unit_id, parent_id, path, depth, valid_from)
select id, parent_id, path, depth, '-infinity' from unit;

-- The tree date of a period: its last day once it is over, today while it runs.
create function period_tree_date(ends_on date) returns date language sql stable as $$
    select least(ends_on, current_date)
$$;

create function unit_ancestors(path varchar) returns bigint[] language sql immutable as $$
    select string_to_array(trim(both '/' from path), '/')::bigint[]
$$;

create table progress_counter (
    period_id           bigint         not null references period (id) on delete cascade,
    unit_id             bigint         not null references unit (id) on delete cascade,
    status              varchar(20)    not null,
    initiatives         bigint         not null,
    estimated_value_vnd numeric(24, 0) not null,
    primary key (period_id, unit_id, status)
);

create type progress_delta as (
    program_id          bigint,
    unit_id             bigint,
    status              varchar(20),
    first_applied_on    date,
    estimated_value_vnd numeric(18, 0),
    sign                integer
);

-- Adds signed changes to the counters of the reporting unit and all its ancestors, in every period of the
-- programme whose window holds the date first applied, on the tree as it stood at the period's tree date.
-- Rows are locked in key order so that concurrent writers cannot deadlock.
create function progress_counter_merge(deltas progress_delta[]) returns void language sql as $$
    insert into progress_counter as c (period_id, unit_id, status, initiatives, estimated_value_vnd)
    select pe.id, a.ancestor, d.status, sum(d.sign), sum(d.sign * coalesce(d.estimated_value_vnd, 0))
      from unnest(deltas) d
      join period pe on pe.program_id = d.program_id and d.first_applied_on between pe.starts_on and pe.ends_on
      join unit_placement p on p.unit_id = d.unit_id
                           and p.valid_from <= period_tree_date(pe.ends_on)
                           and coalesce(p.valid_to, 'infinity') >= period_tree_date(pe.ends_on)
     cross join lateral unnest(unit_ancestors(p.path)) a (ancestor)
     where d.status <> 'DRAFT'
     group by pe.id, a.ancestor, d.status
    having sum(d.sign) <> 0 or sum(d.sign * coalesce(d.estimated_value_vnd, 0)) <> 0
     order by 1, 2, 3
    on conflict (period_id, unit_id, status) do update
       set initiatives = c.initiatives + excluded.initiatives,
           estimated_value_vnd = c.estimated_value_vnd + excluded.estimated_value_vnd
$$;

-- Bulk loaders may set sangkien.counters = 'off' for their transaction and call progress_counter_rebuild after.
create function progress_counter_on_change() returns trigger language plpgsql as $$
begin
    if current_setting('sangkien.counters', true) = 'off' then
        return null;
    end if;
    if tg_op = 'INSERT' then
        perform progress_counter_merge(array(
            select row (n.program_id, n.unit_id, n.status, n.first_applied_on, n.estimated_value_vnd, 1)::progress_delta
              from new_rows n where n.status <> 'DRAFT'));
    elsif tg_op = 'DELETE' then
        perform progress_counter_merge(array(
            select row (o.program_id, o.unit_id, o.status, o.first_applied_on, o.estimated_value_vnd, -1)::progress_delta
              from old_rows o where o.status <> 'DRAFT'));
    else
        perform progress_counter_merge(array(
            select row (x.program_id, x.unit_id, x.status, x.first_applied_on, x.estimated_value_vnd, x.sign)::progress_delta
              from new_rows n
              join old_rows o on o.id = n.id
             cross join lateral (values (n.program_id, n.unit_id, n.status, n.first_applied_on, n.estimated_value_vnd, 1),
                                        (o.program_id, o.unit_id, o.status, o.first_applied_on, o.estimated_value_vnd, -1))
                   x (program_id, unit_id, status, first_applied_on, estimated_value_vnd, sign)
             where (n.program_id, n.unit_id, n.status, n.first_applied_on, n.estimated_value_vnd)
                   is distinct from (o.program_id, o.unit_id, o.status, o.first_applied_on, o.estimated_value_vnd)));
    end if;
    return null;
end;
$$;
create trigger initiative_counters_insert after insert on initiative referencing new table as new_rows
    for each statement execute function progress_counter_on_change();
create trigger initiative_counters_update after update on initiative referencing new table as new_rows old table as old_rows
    for each statement execute function progress_counter_on_change();
create trigger initiative_counters_delete after delete on initiative referencing old table as old_rows
    for each statement execute function progress_counter_on_change();

create function progress_counter_rebuild(p_program_id bigint) returns void language plpgsql as $$
begin
    delete from progress_counter c using period pe where pe.id = c.period_id and pe.program_id = p_program_id;
    perform progress_counter_merge(array(
        select row (i.program_id, i.unit_id, i.status, i.first_applied_on, i.estimated_value_vnd, 1)::progress_delta
          from initiative i where i.program_id = p_program_id and i.status <> 'DRAFT'));
end;
$$;

-- A move (parent changed) closes the unit's placement the day before sangkien.moved_on (default today) and opens
-- a new one; the path trigger rewrites descendants' paths, which records their placements too. The counters of
-- periods whose tree date is on or after the move leave the old ancestors for the new ones.
create function unit_record_placement() returns trigger language plpgsql as $$
declare
    moved_on date := coalesce(nullif(current_setting('sangkien.moved_on', true), '')::date, current_date);
begin
    if tg_op = 'INSERT' then
        insert into unit_placement (unit_id, parent_id, path, depth, valid_from)
        values (new.id, new.parent_id, new.path, new.depth, '-infinity');
        return null;
    end if;
    if new.path is not distinct from old.path then
        return null;
    end if;
    delete from unit_placement where unit_id = new.id and valid_from >= moved_on;
    update unit_placement set valid_to = moved_on - 1 where unit_id = new.id and valid_to is null;
    insert into unit_placement (unit_id, parent_id, path, depth, valid_from)
    values (new.id, new.parent_id, new.path, new.depth, moved_on);
    insert into progress_counter as c (period_id, unit_id, status, initiatives, estimated_value_vnd)
    select pe.id, a.ancestor, i.status, sum(x.sign), sum(x.sign * coalesce(i.estimated_value_vnd, 0))
      from initiative i
      join period pe on pe.program_id = i.program_id and i.first_applied_on between pe.starts_on and pe.ends_on
     cross join lateral (values (old.path, -1), (new.path, 1)) x (path, sign)
     cross join lateral unnest(unit_ancestors(x.path)) a (ancestor)
     where i.unit_id = new.id and i.status <> 'DRAFT' and period_tree_date(pe.ends_on) >= moved_on
     group by pe.id, a.ancestor, i.status
    having sum(x.sign) <> 0
     order by 1, 2, 3
    on conflict (period_id, unit_id, status) do update
       set initiatives = c.initiatives + excluded.initiatives,
           estimated_value_vnd = c.estimated_value_vnd + excluded.estimated_value_vnd;
    return null;
end;
$$;
create trigger unit_placement_insert after insert on unit for each row execute function unit_record_placement();
create trigger unit_placement_move after update of path, parent_id on unit for each row execute function unit_record_placement();

-- Counters for what already exists.
select progress_counter_rebuild(id) from program;

-- Each transition keeps what the counting needs as it was then.
alter table initiative_event
    add column program_id          bigint references program (id),
    add column unit_id             bigint references unit (id),
    add column first_applied_on    date,
    add column estimated_value_vnd numeric(18, 0);
update initiative_event e
   set program_id = i.program_id, unit_id = i.unit_id, first_applied_on = i.first_applied_on,
       estimated_value_vnd = i.estimated_value_vnd
  from initiative i where i.id = e.initiative_id;
create index initiative_event_program_at_idx on initiative_event (program_id, at);

-- Emulation clusters (cụm thi đua): units ranked against each other.
create sequence emulation_cluster_seq start with 1 increment by 50;
create table emulation_cluster (
    id         bigint primary key,
    program_id bigint       not null references program (id),
    code       varchar(40)  not null,
    name       varchar(255) not null,
    version    bigint       not null default 0,
    constraint emulation_cluster_code_unique unique (program_id, code)
);
create table emulation_cluster_member (
    cluster_id bigint not null references emulation_cluster (id) on delete cascade,
    unit_id    bigint not null references unit (id),
    primary key (cluster_id, unit_id)
);

-- A file imported once: the same bytes sent again answer the first result and import nothing.
create sequence import_batch_seq start with 1 increment by 50;
create table import_batch (
    id            bigint primary key,
    program_id    bigint       not null references program (id),
    sha256        varchar(64)  not null,
    file_format   varchar(10)  not null,
    mode          varchar(20)  not null,
    imported_by   varchar(255) not null,
    imported_at   timestamptz  not null,
    row_count     integer      not null,
    imported      integer      not null,
    rejected_rows jsonb        not null,
    constraint import_batch_file_unique unique (program_id, sha256)
);
alter table initiative add column import_batch_id bigint references import_batch (id);
create index initiative_import_batch_idx on initiative (import_batch_id) where import_batch_id is not null;
