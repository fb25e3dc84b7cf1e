-- Issue 17. A unit's initiative support team (tổ hỗ trợ sáng kiến) as data: the accounts (Keycloak usernames, as
-- council members and filers are named) that may file dossiers for the unit's members, besides its officers.
create sequence support_team_member_seq start with 1 increment by 50;
create table support_team_member (
    id         bigint primary key,
    unit_id    bigint       not null references unit (id),
    username   varchar(255) not null,
    full_name  varchar(255) not null,
    added_by   varchar(255) not null,
    added_at   timestamptz  not null,
    constraint support_team_member_unique unique (unit_id, username)
);
create index support_team_member_username_idx on support_team_member (username);

-- An author may be linked to the account of the person (set by the filer); that person then sees the dossier and,
-- before submission, confirms or corrects their own row. confirmed_at: when they last did (cleared when the filer
-- changes their row). Not audited: the confirmation has its own history rows below.
alter table initiative_author add column account varchar(255);
alter table initiative_author add column confirmed_at timestamptz;
alter table initiative_author_aud add column account varchar(255);
create index initiative_author_account_idx on initiative_author (account, initiative_id) where account is not null;

-- Each confirmation (or correction) by a linked author, for the dossier's history.
create sequence author_confirmation_seq start with 1 increment by 50;
create table author_confirmation (
    id            bigint primary key,
    initiative_id bigint       not null references initiative (id) on delete cascade,
    account       varchar(255) not null,
    full_name     varchar(255) not null,
    corrected     boolean      not null,
    note          varchar(4000),
    at            timestamptz  not null
);
create index author_confirmation_initiative_idx on author_confirmation (initiative_id);
