insert into account (username, full_name, email, unit_code, roles, seen_at)
values (:username, :fullName, :email, :unitCode, :roles, :seenAt)
on conflict (username) do update
set full_name = excluded.full_name, email = excluded.email, unit_code = excluded.unit_code, roles = excluded.roles,
    seen_at = excluded.seen_at
