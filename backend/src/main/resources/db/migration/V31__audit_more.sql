-- The audit trail (Hibernate Envers) reaches rewards, emulation clusters, councils, rubrics, score sheets, quotas,
-- units, programmes and periods: one _aud table per audited entity and per audited collection, as Hibernate validates
-- them, with the conventions of V3 (revision table audit_revision, rev, revtype, suffix _aud). Columns the database
-- keeps itself (path, depth, updated_at, search_name) and the optimistic-lock version are not audited. Nothing before
-- this migration is back-filled: an entity's first audited change after it is a MOD without a previous state.

create table unit_aud (
    id          bigint not null,
    rev         bigint not null references audit_revision (id),
    revtype     smallint,
    code        varchar(40),
    name        varchar(255),
    type        varchar(40),
    sector      text,
    parent_id   bigint,
    valid_from  date,
    valid_to    date,
    primary key (id, rev)
);

create table program_aud (
    id                   bigint not null,
    rev                  bigint not null references audit_revision (id),
    revtype              smallint,
    code                 varchar(40),
    name                 varchar(500),
    description          text,
    quota_rule           varchar(20),
    min_coauthor_percent numeric(5, 2),
    primary key (id, rev)
);

create table period_aud (
    id          bigint not null,
    rev         bigint not null references audit_revision (id),
    revtype     smallint,
    program_id  bigint,
    parent_id   bigint,
    code        varchar(40),
    name        varchar(255),
    kind        varchar(20),
    starts_on   date,
    ends_on     date,
    primary key (id, rev)
);

create table quota_aud (
    id          bigint not null,
    rev         bigint not null references audit_revision (id),
    revtype     smallint,
    period_id   bigint,
    unit_id     bigint,
    target      integer,
    primary key (id, rev)
);

create table quota_sheet_aud (
    id          bigint not null,
    rev         bigint not null references audit_revision (id),
    revtype     smallint,
    program_id  bigint,
    unit_id     bigint,
    updated_at  timestamptz,
    primary key (id, rev)
);

create table reward_aud (
    id                 bigint not null,
    rev                bigint not null references audit_revision (id),
    revtype            smallint,
    program_id         bigint,
    period_id          bigint,
    kind               varchar(20),
    recipient_type     varchar(20),
    recipient_unit_id  bigint,
    member_name        varchar(255),
    initiative_id      bigint,
    form               varchar(40),
    proposing_unit_id  bigint,
    deciding_unit_id   bigint,
    reason             varchar(2000),
    figures            jsonb,
    status             varchar(20),
    proposed_by        varchar(255),
    proposed_at        timestamptz,
    decision_number    varchar(60),
    decision_date      date,
    decided_by         varchar(255),
    decided_at         timestamptz,
    rejection_reason   varchar(2000),
    primary key (id, rev)
);

create table emulation_cluster_aud (
    id         bigint not null,
    rev        bigint not null references audit_revision (id),
    revtype    smallint,
    program_id bigint,
    code       varchar(40),
    name       varchar(255),
    primary key (id, rev)
);
create table emulation_cluster_member_aud (
    rev        bigint not null references audit_revision (id),
    revtype    smallint,
    cluster_id bigint not null,
    unit_id    bigint not null,
    primary key (rev, cluster_id, unit_id)
);

create table council_member_aud (
    id        bigint not null,
    rev       bigint not null references audit_revision (id),
    revtype   smallint,
    unit_id   bigint,
    username  varchar(255),
    full_name varchar(255),
    primary key (id, rev)
);

create table rubric_aud (
    id          bigint not null,
    rev         bigint not null references audit_revision (id),
    revtype     smallint,
    code        varchar(40),
    name        varchar(255),
    pass_total  numeric(6, 2),
    primary key (id, rev)
);
create table rubric_criterion_aud (
    rev         bigint not null references audit_revision (id),
    revtype     smallint,
    rubric_id   bigint not null,
    position    integer not null,
    code        varchar(40),
    name        varchar(255),
    max_points  numeric(6, 2),
    min_points  numeric(6, 2),
    primary key (rev, rubric_id, position)
);
create table rubric_grade_aud (
    rev            bigint not null references audit_revision (id),
    revtype        smallint,
    rubric_id      bigint not null,
    position       integer not null,
    grade          varchar(10),
    min_total      numeric(6, 2),
    criterion_code varchar(40),
    min_criterion  numeric(6, 2),
    primary key (rev, rubric_id, position)
);

create table evaluation_aud (
    id             bigint not null,
    rev            bigint not null references audit_revision (id),
    revtype        smallint,
    initiative_id  bigint,
    rubric_id      bigint,
    evaluator      varchar(255),
    evaluator_name varchar(255),
    assigned_by    varchar(255),
    assigned_at    timestamptz,
    submitted_at   timestamptz,
    comment        text,
    primary key (id, rev)
);
create table evaluation_score_aud (
    rev            bigint not null references audit_revision (id),
    revtype        smallint,
    evaluation_id  bigint not null,
    criterion_code varchar(40) not null,
    points         numeric(6, 2) not null,
    primary key (rev, evaluation_id, criterion_code, points)
);

-- The audit screen reads newest first, and an entity's previous state by (id, rev): both served by the primary
-- keys above and this one on the revision table's time.
create index audit_revision_timestamp_idx on audit_revision (timestamp desc);

-- The audit screen (audit/AuditChanges) compares an entity's state at a revision with its state before: one audit
-- row by (id, rev) through the primary key, whatever the entity. Only for the rows of one page, never for a scan.
-- The confidential parts of a dossier never leave through here (they are read only where the read is recorded).
create function audit_state(source text, entity_id bigint, at_rev bigint, before boolean) returns jsonb
    language plpgsql stable as $$
declare
    state jsonb;
begin
    if source not in ('unit', 'program', 'period', 'quota', 'quota_sheet', 'reward', 'emulation_cluster',
                      'council_member', 'rubric', 'evaluation', 'initiative') then
        raise exception 'not an audited entity: %', source;
    end if;
    execute format('select to_jsonb(a) - ''confidential_parts'' from %I a where a.id = $1 and a.rev %s $2 order by a.rev desc limit 1',
                   source || '_aud', case when before then '<' else '=' end)
        into state using entity_id, at_rev;
    return state;
end $$;

-- An audited collection as it stood at a revision (Envers writes an element's ADD and DEL rows; the last one up to the
-- revision tells whether it is there): a rubric's criteria and grades, a score sheet's points, a cluster's members.
create function audit_collections(source text, entity_id bigint, at_rev bigint) returns jsonb
    language sql stable as $$
    select case source
        when 'evaluation' then jsonb_build_object('scores', (
            select coalesce(jsonb_object_agg(s.criterion_code, s.points order by s.criterion_code), '{}'::jsonb)
              from (select distinct on (criterion_code, points) criterion_code, points, revtype
                      from evaluation_score_aud where evaluation_id = entity_id and rev <= at_rev
                     order by criterion_code, points, rev desc) s
             where s.revtype <> 2))
        when 'rubric' then jsonb_build_object(
            'criteria', (select coalesce(string_agg(c.code || ' ' || c.min_points || '–' || c.max_points, '; ' order by c.position), '')
                           from (select distinct on (position, code, name, max_points, min_points) position, code, max_points, min_points, revtype
                                   from rubric_criterion_aud where rubric_id = entity_id and rev <= at_rev
                                  order by position, code, name, max_points, min_points, rev desc) c
                          where c.revtype <> 2),
            'grades', (select coalesce(string_agg(g.grade || ' ≥ ' || g.min_total, '; ' order by g.position), '')
                         from (select distinct on (position, grade, min_total, criterion_code, min_criterion) position, grade, min_total, revtype
                                 from rubric_grade_aud where rubric_id = entity_id and rev <= at_rev
                                order by position, grade, min_total, criterion_code, min_criterion, rev desc) g
                        where g.revtype <> 2))
        when 'emulation_cluster' then jsonb_build_object('members', (
            select coalesce(string_agg(coalesce(u.code, '#' || m.unit_id), ', ' order by u.code), '')
              from (select distinct on (unit_id) unit_id, revtype
                      from emulation_cluster_member_aud where cluster_id = entity_id and rev <= at_rev
                     order by unit_id, rev desc) m
              left join unit u on u.id = m.unit_id
             where m.revtype <> 2))
        else '{}'::jsonb
    end
$$;
