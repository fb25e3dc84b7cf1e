-- Waits for, then holds until the transaction ends, the lock named :name, shared by every instance on this database.
select 1 from (select pg_advisory_xact_lock(hashtext(:name))) as locked
