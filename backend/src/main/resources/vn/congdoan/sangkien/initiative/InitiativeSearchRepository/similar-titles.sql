-- Titles of the programme close to this one (pg_trgm similarity at least 0.3), most alike first, in a subtree; sent as an
-- unnamed statement (common.db.CustomPlans): a generic plan would walk the whole country's close titles for a district;
-- <conditions> narrows to one filer's dossiers when asked (where-createdBy.sql), so each form keeps a plan of its own.
select i.id, i.title, u.name as unit_name, i.status, round(similarity(i.folded_title, :title)::numeric, 2) as similarity
  from initiative i join unit u on u.id = i.unit_id
 where i.program_id = :program and i.id <> :exclude and in_subtree(u.path, :rootPath)
   and i.folded_title % :title
<conditions>
 order by i.folded_title <-> :title, i.id
 limit 5
