-- The full dossier (Nghị định 13/2012, Thông tư 18/2013 Phụ lục I), the lifecycle, attachments, the audit trail
-- of field changes (Hibernate Envers) and the evaluation by councils on rubrics.

alter table program add column min_coauthor_percent numeric(5, 2);

alter table initiative
    add column addressee               varchar(500),
    add column funder                  varchar(500),
    add column filed_on                date,
    add column current_state           text,
    add column solution                text,
    add column novelty                 text,
    add column confidential_parts      text,
    add column application_conditions  text,
    add column benefits_by_authors     text,
    add column benefits_by_appliers    text,
    add column estimated_value_vnd     numeric(18, 0) check (estimated_value_vnd >= 0),
    add column folded_title            text,
    add column receipt_number          varchar(60),
    add column submitted_on            date,
    add column recognition_body        varchar(500),
    add column decision_number         varchar(100),
    add column decision_date           date,
    add column impact_level            varchar(30),
    add column grade                   varchar(10),
    add column refusal_reasons         text;
update initiative set folded_title = lower(title), filed_on = created_at::date;
alter table initiative alter column folded_title set not null;
create unique index initiative_receipt_number_idx on initiative (receipt_number);
create index initiative_folded_title_trgm_idx on initiative using gin (folded_title gin_trgm_ops);

-- People who helped apply it (những người tham gia áp dụng).
create table initiative_helper (
    initiative_id bigint       not null references initiative (id) on delete cascade,
    position      integer      not null,
    full_name     varchar(255) not null,
    workplace     varchar(255),
    job_title     varchar(255),
    contribution  varchar(1000),
    primary key (initiative_id, position)
);

-- Receipt numbers count per reporting unit and year: SK-<unit>-<year>-<n>.
create table receipt_counter (
    unit_id bigint  not null references unit (id),
    year    integer not null,
    last    integer not null,
    primary key (unit_id, year)
);

-- Every transition: who, when, why.
create sequence initiative_event_seq start with 1 increment by 50;
create table initiative_event (
    id            bigint primary key,
    initiative_id bigint       not null references initiative (id) on delete cascade,
    from_status   varchar(20),
    to_status     varchar(20)  not null,
    actor         varchar(255) not null,
    at            timestamptz  not null,
    reason        text
);
create index initiative_event_initiative_idx on initiative_event (initiative_id, at);

-- Files of the dossier, kept in the database with it (backed up and restored together, transactional).
create sequence attachment_seq start with 1 increment by 50;
create table attachment (
    id            bigint primary key,
    initiative_id bigint        not null references initiative (id) on delete cascade,
    kind          varchar(30)   not null,
    file_name     varchar(255)  not null,
    content_type  varchar(120)  not null,
    size_bytes    bigint        not null,
    sha256        varchar(64)   not null,
    content       bytea         not null,
    uploaded_by   varchar(255)  not null,
    uploaded_at   timestamptz   not null
);
create index attachment_initiative_idx on attachment (initiative_id);

-- Audit trail of field changes (Hibernate Envers).
create sequence audit_revision_seq start with 1 increment by 50;
create table audit_revision (
    id        bigint primary key,
    timestamp bigint not null,
    username  varchar(255)
);
create table initiative_aud (
    id                      bigint   not null,
    rev                     bigint   not null references audit_revision (id),
    revtype                 smallint,
    program_id              bigint,
    unit_id                 bigint,
    title                   varchar(500),
    summary                 text,
    solution_type           varchar(30),
    field                   varchar(40),
    first_applied_on        date,
    status                  varchar(20),
    addressee               varchar(500),
    funder                  varchar(500),
    filed_on                date,
    current_state           text,
    solution                text,
    novelty                 text,
    confidential_parts      text,
    application_conditions  text,
    benefits_by_authors     text,
    benefits_by_appliers    text,
    estimated_value_vnd     numeric(18, 0),
    receipt_number          varchar(60),
    submitted_on            date,
    recognition_body        varchar(500),
    decision_number         varchar(100),
    decision_date           date,
    impact_level            varchar(30),
    grade                   varchar(10),
    refusal_reasons         text,
    primary key (id, rev)
);
create table initiative_author_aud (
    id                   bigint   not null,
    rev                  bigint   not null references audit_revision (id),
    revtype              smallint,
    initiative_id        bigint,
    position             integer,
    full_name            varchar(255),
    birth_date           date,
    workplace            varchar(255),
    job_title            varchar(255),
    qualification        varchar(255),
    contribution_percent numeric(5, 2),
    union_member         boolean,
    primary key (id, rev)
);

-- Evaluation. Rubrics are data: criteria with maximum and minimum points, a pass mark, grades with conditions.
create sequence rubric_seq start with 1 increment by 50;
create table rubric (
    id          bigint primary key,
    code        varchar(40)   not null unique,
    name        varchar(255)  not null,
    pass_total  numeric(6, 2) not null,
    version     bigint        not null default 0
);
create table rubric_criterion (
    rubric_id   bigint        not null references rubric (id) on delete cascade,
    position    integer       not null,
    code        varchar(40)   not null,
    name        varchar(255)  not null,
    max_points  numeric(6, 2) not null check (max_points > 0),
    min_points  numeric(6, 2) not null default 0,
    primary key (rubric_id, position)
);
create table rubric_grade (
    rubric_id       bigint        not null references rubric (id) on delete cascade,
    position        integer       not null,
    grade           varchar(10)   not null,
    min_total       numeric(6, 2) not null,
    criterion_code  varchar(40),
    min_criterion   numeric(6, 2),
    primary key (rubric_id, position)
);

-- The initiative council (Hội đồng sáng kiến) of a unit: who may be assigned to score its subtree's initiatives.
create sequence council_member_seq start with 1 increment by 50;
create table council_member (
    id        bigint primary key,
    unit_id   bigint       not null references unit (id),
    username  varchar(255) not null,
    full_name varchar(255) not null,
    constraint council_member_unique unique (unit_id, username)
);

create sequence evaluation_seq start with 1 increment by 50;
create table evaluation (
    id             bigint primary key,
    initiative_id  bigint       not null references initiative (id) on delete cascade,
    rubric_id      bigint       not null references rubric (id),
    evaluator      varchar(255) not null,
    evaluator_name varchar(255) not null,
    assigned_by    varchar(255) not null,
    assigned_at    timestamptz  not null,
    submitted_at   timestamptz,
    comment        text,
    version        bigint       not null default 0,
    constraint evaluation_unique unique (initiative_id, evaluator)
);
create index evaluation_evaluator_idx on evaluation (evaluator);
create table evaluation_score (
    evaluation_id  bigint        not null references evaluation (id) on delete cascade,
    criterion_code varchar(40)   not null,
    points         numeric(6, 2) not null check (points >= 0),
    primary key (evaluation_id, criterion_code)
);
