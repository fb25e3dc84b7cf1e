-- Keyset paging (common.paging.Cursor): the rows after the cursor's row, whose sort value was :afterValue, in the
-- order <column> <direction>, then id ascending. <cmp> is > (ascending) or < (descending); <orNulls> lets the rows
-- without a value follow (ascending: nulls come last). The first line is what an index on <column> can use.
   and (i.<column> <cmp>= cast(:afterValue as <type>) <orNulls>)
   and (i.<column> <cmp> cast(:afterValue as <type>) or (i.<column> = cast(:afterValue as <type>) and i.id > :afterId) <orNulls>)
