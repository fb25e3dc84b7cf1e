-- The key (initiative, username) makes a second mark by the same person a no-op.
insert into showcase_helped (initiative_id, username) values (:id, :username) on conflict do nothing
