-- Only a page past the last match needs the total counted apart.
select count(*)
  from initiative i
 where true
<conditions>
