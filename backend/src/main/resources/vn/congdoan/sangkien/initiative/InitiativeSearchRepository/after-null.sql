-- Keyset paging after a row without a sort value (only receipt numbers can be missing): the other rows without one,
-- by id; descending, the rows with a value come after them (nulls come first).
   and ((i.<column> is null and i.id > :afterId) <orValues>)
