-- Dossier files (docs/architecture.md, "Security model"): a file may be confidential, hidden like the confidential
-- text from who has no need to know; and every upload, change of that flag and removal stays in the dossier's history.

alter table attachment add column confidential boolean not null default false;

-- Envers audit of attachment, as Hibernate validates it: every column but content (@NotAudited), so no file's bytes
-- are copied here. Deletions keep the file's data (quarkus.hibernate-envers.store-data-at-delete), so a removal names
-- the file even when it was uploaded before this table existed.
create table attachment_aud (
    id            bigint       not null,
    rev           bigint       not null references audit_revision (id),
    revtype       smallint,
    initiative_id bigint,
    kind          varchar(30),
    file_name     varchar(255),
    content_type  varchar(120),
    size_bytes    bigint,
    sha256        varchar(64),
    uploaded_by   varchar(255),
    uploaded_at   timestamptz,
    confidential  boolean,
    primary key (id, rev)
);
create index attachment_aud_initiative_idx on attachment_aud (initiative_id, rev);

-- A download of a confidential file is a read of confidential parts too: which file, null for the dossier's text.
alter table confidential_read add column attachment_id bigint;
