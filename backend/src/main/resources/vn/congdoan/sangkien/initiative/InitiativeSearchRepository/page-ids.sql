-- The ids of one page and the number of all matches, sorting only narrow rows. <conditions> are the where-*.sql of the
-- filters that are set; <after> the keyset condition when a cursor is given (after-*.sql); <order> and <sortValue>
-- (the sort column's value as text, for the next cursor) come from the service's allow-list of columns, never from the caller's text.
select i.id, count(*) over () as total, <sortValue> as sort_value
  from initiative i
 where true
<conditions>
<after>
 order by <order>
 limit :limit offset :offset
