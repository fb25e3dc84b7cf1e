-- Only the index's owner may merge (as vacuum does); a database user that is not leaves it to autovacuum.
select gin_clean_pending_list(c.oid) from pg_class c
 where c.relname = 'initiative_search_words_idx' and pg_has_role(c.relowner, 'USAGE')
