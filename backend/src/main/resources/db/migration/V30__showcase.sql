-- The public showcase of good initiatives (showcase package). Consent is data: the authors agree that the dossier is
-- shown publicly once recognised (publish_agreed), and each author whether their name may be shown (show_name); both
-- false unless the dossier says otherwise, so nothing filed before is published.
alter table initiative add column publish_agreed boolean not null default false;
-- Title, summary and the consenting authors' names folded (Initiative.refreshSearchText): the showcase's search must
-- not find a dossier by the name of an author who did not agree to be shown, which search_text would.
alter table initiative add column showcase_text text;
-- Revisions from before read as "not agreed" (a constant default costs no rewrite), as the entity's boolean expects.
alter table initiative_aud add column publish_agreed boolean default false;

alter table initiative_author add column show_name boolean not null default false;
alter table initiative_author_aud add column show_name boolean default false;

-- What the showcase lists, newest recognised first.
create index initiative_showcase on initiative (decision_date desc nulls last, id desc)
    where publish_agreed and status in ('RECOGNISED', 'VALID');

-- "Sáng kiến này cũng giúp đơn vị tôi": one mark per signed-in user and initiative (the key makes a repeat a no-op).
create table showcase_helped (
    initiative_id bigint       not null references initiative (id) on delete cascade,
    username      varchar(255) not null,
    created_at    timestamptz  not null default now(),
    primary key (initiative_id, username)
);
