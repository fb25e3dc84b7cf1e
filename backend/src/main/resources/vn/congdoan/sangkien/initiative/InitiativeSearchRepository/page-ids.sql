-- The ids of one page and the number of all matches, sorting only narrow rows. <conditions> are the where-*.sql of the
-- filters that are set; <order> comes from the service's allow-list of columns, never from the caller's text.
select i.id, count(*) over () as total
  from initiative i
 where true
<conditions>
 order by <order>
 limit :limit offset :offset
