-- Who filed the dossier (Keycloak username): a member sees only their own.
alter table initiative add column created_by varchar(255);
create index initiative_created_by_idx on initiative (created_by);
