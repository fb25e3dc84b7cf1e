-- One page of the showcase: recognised (or validated) dossiers whose authors agreed to publish, newest recognised
-- first, with the total as a window count. Only public columns are read. The words must be whole words of the
-- showcase text (title, summary, consenting authors' names: never another author's); the word index on search_text
-- (V7, V10), a superset, narrows the rows first. <conditions> are the where-*.sql of the filters that are set.
select i.id, i.title, u.code as unit_code, u.name as unit_name, i.field, i.solution_type, i.summary,
       i.decision_date as recognised_on,
       (select count(*) from showcase_helped h where h.initiative_id = i.id) as helped_count,
       count(*) over () as total
  from initiative i join unit u on u.id = i.unit_id
 where i.publish_agreed and i.status in ('RECOGNISED', 'VALID')
<conditions>
 order by i.decision_date desc nulls last, i.id desc
 limit :limit offset :offset
