-- Several backend instances on one database: each keeps programmes and periods in its own Hibernate second-level
-- cache (and the query cache's lists of them). Every change to those rows, by any instance, a migration or an
-- operator's SQL, is announced on the channel sangkien_cache as '<table>:<id>' when its transaction commits; each
-- instance listens (common.db.CacheInvalidation) and drops that entity and its cached query results.
create function cache_invalidation_notify() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform pg_notify('sangkien_cache', tg_table_name || ':' || old.id);
    else
        perform pg_notify('sangkien_cache', tg_table_name || ':' || new.id);
    end if;
    return null;
end
$$;

create trigger program_cache_invalidation after insert or update or delete on program
    for each row execute function cache_invalidation_notify();
create trigger period_cache_invalidation after insert or update or delete on period
    for each row execute function cache_invalidation_notify();
