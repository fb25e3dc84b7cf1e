-- Progress counters as one row per period and unit, a column per status, instead of a row per status: a report reads
-- a few rows per unit of its subtree with no pivot to group (the province report's share of PostgreSQL's work fell
-- by the grouping and by five index entries in six), and a transition updates one row per ancestor instead of two.
-- Only the valid initiatives' value is counted: it is the only value any report shows.
create table progress_counter_by_unit (
    period_id       bigint         not null references period (id) on delete cascade,
    unit_id         bigint         not null references unit (id) on delete cascade,
    submitted       bigint         not null default 0,
    under_review    bigint         not null default 0,
    returned        bigint         not null default 0,
    recognised      bigint         not null default 0,
    refused         bigint         not null default 0,
    valid           bigint         not null default 0,
    valid_value_vnd numeric(24, 0) not null default 0,
    primary key (period_id, unit_id)
);

insert into progress_counter_by_unit
select period_id, unit_id,
       coalesce(sum(initiatives) filter (where status = 'SUBMITTED'), 0),
       coalesce(sum(initiatives) filter (where status = 'UNDER_REVIEW'), 0),
       coalesce(sum(initiatives) filter (where status = 'RETURNED'), 0),
       coalesce(sum(initiatives) filter (where status = 'RECOGNISED'), 0),
       coalesce(sum(initiatives) filter (where status = 'REFUSED'), 0),
       coalesce(sum(initiatives) filter (where status = 'VALID'), 0),
       coalesce(sum(estimated_value_vnd) filter (where status = 'VALID'), 0)
  from progress_counter
 group by period_id, unit_id;

drop table progress_counter;
alter table progress_counter_by_unit rename to progress_counter;
alter table progress_counter rename constraint progress_counter_by_unit_pkey to progress_counter_pkey;

-- Adds counts, each (period, unit, status, initiatives, value), to the counters in one statement: summed per
-- (period, unit) into the status columns, leaving out what sums to nothing, written in key order so that concurrent writers cannot deadlock. Only the
-- valid initiatives' value is kept.
create type progress_count as (
    period_id   bigint,
    unit_id     bigint,
    status      varchar(20),
    initiatives bigint,
    value       numeric(24, 0)
);

create function progress_counter_add(counts progress_count[]) returns void language sql as $$
    insert into progress_counter as c (period_id, unit_id, submitted, under_review, returned, recognised, refused,
                                       valid, valid_value_vnd)
    select n.period_id, n.unit_id,
           coalesce(sum(n.initiatives) filter (where n.status = 'SUBMITTED'), 0),
           coalesce(sum(n.initiatives) filter (where n.status = 'UNDER_REVIEW'), 0),
           coalesce(sum(n.initiatives) filter (where n.status = 'RETURNED'), 0),
           coalesce(sum(n.initiatives) filter (where n.status = 'RECOGNISED'), 0),
           coalesce(sum(n.initiatives) filter (where n.status = 'REFUSED'), 0),
           coalesce(sum(n.initiatives) filter (where n.status = 'VALID'), 0),
           coalesce(sum(n.value) filter (where n.status = 'VALID'), 0)
      from (select period_id, unit_id, status, sum(initiatives) as initiatives, sum(value) as value
              from unnest(counts)
             group by period_id, unit_id, status
            having sum(initiatives) <> 0 or sum(value) <> 0) n -- what cancels out (a move's common ancestors) is not written
     group by n.period_id, n.unit_id
     order by 1, 2
    on conflict (period_id, unit_id) do update
       set submitted = c.submitted + excluded.submitted,
           under_review = c.under_review + excluded.under_review,
           returned = c.returned + excluded.returned,
           recognised = c.recognised + excluded.recognised,
           refused = c.refused + excluded.refused,
           valid = c.valid + excluded.valid,
           valid_value_vnd = c.valid_value_vnd + excluded.valid_value_vnd
$$;

-- Signed changes (+1 for a row as it is now, -1 for a row as it was) summed per reporting unit, period and status, then
-- spread over the unit's ancestors on the tree of the period's tree date (V11's order of work).
create or replace function progress_counter_merge(deltas progress_delta[]) returns void language sql as $$
    select progress_counter_add(array(
        select row (g.period_id, a.ancestor, g.status, g.initiatives, g.value)::progress_count
          from (select pe.id as period_id, pe.ends_on, d.unit_id, d.status, sum(d.sign) as initiatives,
                       sum(d.sign * coalesce(d.estimated_value_vnd, 0)) as value
                  from unnest(deltas) d
                  join period pe on pe.program_id = d.program_id and d.first_applied_on between pe.starts_on and pe.ends_on
                 where d.status <> 'DRAFT'
                 group by pe.id, pe.ends_on, d.unit_id, d.status
                having sum(d.sign) <> 0 or sum(d.sign * coalesce(d.estimated_value_vnd, 0)) <> 0) g
          join unit_placement p on p.unit_id = g.unit_id
                               and p.valid_from <= period_tree_date(g.ends_on)
                               and coalesce(p.valid_to, 'infinity') >= period_tree_date(g.ends_on)
         cross join lateral unnest(unit_ancestors(p.path)) a (ancestor)))
$$;

-- A move, as in V4: the placements are recorded, then the unit's counted initiatives leave the old path's ancestors
-- (-1) for the new path's (+1) in the periods whose tree date is on or after the move.
create or replace function unit_record_placement() returns trigger language plpgsql as $$
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
    perform progress_counter_add(array(
        select row (pe.id, a.ancestor, i.status, x.sign, x.sign * coalesce(i.estimated_value_vnd, 0))::progress_count
          from initiative i
          join period pe on pe.program_id = i.program_id and i.first_applied_on between pe.starts_on and pe.ends_on
         cross join lateral (values (old.path, -1), (new.path, 1)) x (path, sign)
         cross join lateral unnest(unit_ancestors(x.path)) a (ancestor)
         where i.unit_id = new.id and i.status <> 'DRAFT' and period_tree_date(pe.ends_on) >= moved_on));
    return null;
end;
$$;
