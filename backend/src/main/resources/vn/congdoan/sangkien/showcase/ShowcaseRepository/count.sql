-- The number of matches, for a page past the last one (page.sql's window count has no row to ride on).
select count(*)
  from initiative i
 where i.publish_agreed and i.status in ('RECOGNISED', 'VALID')
<conditions>
