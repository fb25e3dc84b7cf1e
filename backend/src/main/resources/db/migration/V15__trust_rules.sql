-- The trust rules decided on 03/12/2026 (docs/architecture.md, "Security model").

-- Every read of a dossier's confidential parts by someone other than an author: who, when, which dossier, and the
-- unit's path then, so that federation officers see the reads within their subtree. No foreign key: the record
-- outlives a deleted draft.
create table confidential_read (
    id            bigint generated always as identity primary key,
    initiative_id bigint       not null,
    unit_path     varchar(1000) not null,
    reader        varchar(255) not null,
    read_at       timestamptz  not null
);
create index confidential_read_initiative_idx on confidential_read (initiative_id, read_at);
create index confidential_read_path_idx on confidential_read (unit_path varchar_pattern_ops, read_at);

-- A recognised dossier returned for more information keeps its withdrawn decision in its history, not on itself:
-- searches by grade or decision then find only dossiers that are recognised.
alter table initiative_event
    add column withdrawn_recognition_body varchar(500),
    add column withdrawn_decision_number  varchar(100),
    add column withdrawn_decision_date    date,
    add column withdrawn_impact_level     varchar(30),
    add column withdrawn_grade            varchar(10);

-- Dossiers returned before this rule: their last return carries the decision away.
update initiative_event e
   set withdrawn_recognition_body = i.recognition_body, withdrawn_decision_number = i.decision_number,
       withdrawn_decision_date = i.decision_date, withdrawn_impact_level = i.impact_level, withdrawn_grade = i.grade
  from initiative i
 where e.initiative_id = i.id and i.status = 'RETURNED' and i.decision_number is not null
   and e.id = (select l.id from initiative_event l where l.initiative_id = i.id and l.to_status = 'RETURNED'
                order by l.at desc, l.id desc limit 1);
update initiative
   set recognition_body = null, decision_number = null, decision_date = null, impact_level = null, grade = null
 where status = 'RETURNED' and decision_number is not null;
