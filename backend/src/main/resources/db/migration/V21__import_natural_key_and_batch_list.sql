-- Issue 17, the import screen. A batch says where it belongs in the unit tree (unit_path: the lowest unit over every
-- unit its file named, '/' when it named none, and for the batches made before this, so that only national roles see
-- those), which file it came from and which rows it skipped as already there.
alter table import_batch
    add column file_name    varchar(255),
    add column unit_path    varchar(1000) not null default '/',
    add column skipped      integer       not null default 0,
    add column skipped_rows jsonb         not null default '[]';
create index import_batch_recent_idx on import_batch (imported_at desc, id desc);

-- An imported row's natural key: programme, unit, title folded, first author's name folded and first-applied date, hashed to a
-- name-based UUID in Java (ImportRows.naturalKey: SearchText.fold is Java's, so the key is made there). Set by the
-- import only, so the partial unique index costs dossiers entered on screen nothing; it is the guarantee behind the
-- import's own check (one set-based lookup after the units' receipt counters are locked): the same rows sent again, in
-- this file or another, are skipped, never stored twice.
alter table initiative add column import_key uuid;
create unique index initiative_import_key_unique on initiative (import_key) where import_key is not null;
