-- Foundation schema: units (dated tree), programmes with periods, quotas, initiatives with authors.
-- Hibernate only validates this schema. Sequences step by 50 to match Hibernate's pooled id allocation.

-- pg_trgm indexes the diacritic-free search text for LIKE '%word%' and similarity look-ups.
create extension if not exists pg_trgm;

-- Union units. "path" is the materialised path of ids ('/1/51/101/') so a subtree is one indexed prefix scan.
create sequence unit_seq start with 1 increment by 50;
create table unit (
    id          bigint primary key,
    code        varchar(40)  not null,
    name        varchar(255) not null collate "vi-x-icu",
    search_name varchar(300) not null,
    type        varchar(40)  not null,
    parent_id   bigint references unit (id),
    path        varchar(1000) not null,
    depth       integer      not null,
    valid_from  date         not null,
    valid_to    date,
    version     bigint       not null default 0,
    constraint unit_code_unique unique (code),
    constraint unit_validity check (valid_to is null or valid_to >= valid_from)
);
create index unit_path_idx on unit (path varchar_pattern_ops);
create index unit_parent_idx on unit (parent_id);
create index unit_search_trgm_idx on unit using gin (search_name gin_trgm_ops);

-- The path and depth follow the parent: kept by the database so that no writer can get them wrong,
-- and a move rewrites the whole subtree in one statement.
create function unit_maintain_path() returns trigger language plpgsql as $$
declare
    parent_path varchar(1000);
    parent_depth integer;
    old_path varchar(1000);
begin
    if new.parent_id is null then
        new.path := '/' || new.id || '/';
        new.depth := 0;
    else
        select path, depth into parent_path, parent_depth from unit where id = new.parent_id;
        if parent_path like '%/' || new.id || '/%' then
            raise exception 'unit % cannot be moved under its own subtree', new.code using errcode = '23514';
        end if;
        new.path := parent_path || new.id || '/';
        new.depth := parent_depth + 1;
    end if;
    if tg_op = 'UPDATE' and new.path <> old.path then
        old_path := old.path;
        update unit
           set path = new.path || substr(path, length(old_path) + 1),
               depth = new.depth + (depth - old.depth)
         where path like old_path || '%' and id <> new.id;
    end if;
    return new;
end;
$$;
create trigger unit_path_insert before insert on unit for each row execute function unit_maintain_path();
create trigger unit_path_move before update of parent_id on unit for each row
    when (old.parent_id is distinct from new.parent_id) execute function unit_maintain_path();

create sequence program_seq start with 1 increment by 50;
create table program (
    id          bigint primary key,
    code        varchar(40)  not null,
    name        varchar(500) not null,
    description text,
    quota_rule  varchar(20)  not null default 'MUST_EQUAL',
    version     bigint       not null default 0,
    constraint program_code_unique unique (code)
);

-- Counting windows. A period may sit inside another (the whole programme > phases > quarters).
create sequence period_seq start with 1 increment by 50;
create table period (
    id          bigint primary key,
    program_id  bigint       not null references program (id),
    parent_id   bigint references period (id),
    code        varchar(40)  not null,
    name        varchar(255) not null,
    kind        varchar(20)  not null,
    starts_on   date         not null,
    ends_on     date         not null,
    version     bigint       not null default 0,
    constraint period_code_unique unique (program_id, code),
    constraint period_window check (ends_on >= starts_on)
);
create index period_parent_idx on period (parent_id);

create sequence quota_seq start with 1 increment by 50;
create table quota (
    id          bigint primary key,
    period_id   bigint  not null references period (id),
    unit_id     bigint  not null references unit (id),
    target      integer not null check (target >= 0),
    version     bigint  not null default 0,
    constraint quota_unit_period_unique unique (period_id, unit_id)
);
create index quota_unit_idx on quota (unit_id);

create sequence initiative_seq start with 1 increment by 50;
create table initiative (
    id               bigint primary key,
    program_id       bigint       not null references program (id),
    unit_id          bigint       not null references unit (id),
    title            varchar(500) not null collate "vi-x-icu",
    summary          text,
    solution_type    varchar(30)  not null,
    field            varchar(40)  not null,
    first_applied_on date         not null,
    status           varchar(20)  not null,
    search_text      text         not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null default 0
);
create index initiative_unit_idx on initiative (unit_id);
create index initiative_program_status_idx on initiative (program_id, status, first_applied_on);
create index initiative_search_trgm_idx on initiative using gin (search_text gin_trgm_ops);

create sequence initiative_author_seq start with 1 increment by 50;
create table initiative_author (
    id                   bigint primary key,
    initiative_id        bigint        not null references initiative (id) on delete cascade,
    position             integer       not null,
    full_name            varchar(255)  not null,
    birth_date           date,
    workplace            varchar(255),
    job_title            varchar(255),
    qualification        varchar(255),
    contribution_percent numeric(5, 2) not null check (contribution_percent > 0 and contribution_percent <= 100),
    union_member         boolean       not null default true
);
create index initiative_author_initiative_idx on initiative_author (initiative_id);

-- One row per (programme, unit) whose quota sheet (its own targets if it is the top of the programme,
-- and its children's allocation) has been written: the version that guards the sheet against lost updates.
create sequence quota_sheet_seq start with 1 increment by 50;
create table quota_sheet (
    id          bigint primary key,
    program_id  bigint      not null references program (id),
    unit_id     bigint      not null references unit (id),
    updated_at  timestamptz not null,
    version     bigint      not null default 0,
    constraint quota_sheet_unique unique (program_id, unit_id)
);
