-- Review reports (sơ kết / tổng kết) "as of" a past day break filed and valid initiatives down by field, solution type
-- and impact level, and list typical initiatives by impact level and grade. Like the unit, date first applied and value (V4), these are kept on each step as they were then,
-- so a report for a past day says what it said that day even after a dossier returned for more information was
-- edited or recognised again at another level. Steps before this migration take the dossier's current values: the
-- best there is (a field changes only while a dossier is a draft or returned).
alter table initiative_event
    add column field         varchar(40),
    add column solution_type varchar(30),
    add column impact_level  varchar(30),
    add column grade         varchar(10);
update initiative_event e
   set field = i.field, solution_type = i.solution_type,
       impact_level = case when e.to_status in ('RECOGNISED', 'VALID') then i.impact_level end,
       grade = case when e.to_status in ('RECOGNISED', 'VALID') then i.grade end
  from initiative i where i.id = e.initiative_id;
