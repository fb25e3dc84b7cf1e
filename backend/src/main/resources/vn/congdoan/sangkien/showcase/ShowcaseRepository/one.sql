-- One published dossier's public columns (none when it is not published): never the confidential parts, contacts,
-- scores, history or who filed it.
select i.id, i.title, u.code as unit_code, u.name as unit_name, i.field, i.solution_type, i.summary,
       i.benefits_by_authors, i.benefits_by_appliers, i.decision_date as recognised_on, i.grade,
       (select count(*) from showcase_helped h where h.initiative_id = i.id) as helped_count
  from initiative i join unit u on u.id = i.unit_id
 where i.id = :id and i.publish_agreed and i.status in ('RECOGNISED', 'VALID')
