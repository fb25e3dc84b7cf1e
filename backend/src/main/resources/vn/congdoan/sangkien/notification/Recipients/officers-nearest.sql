-- The officers the account directory knows at the unit at :path or, when it has none, at its nearest unit above.
-- The path's ids are the unit and its ancestors: a few primary-key probes, then the directory by unit code.
with officers as (
    select a.username, u.depth
    from unit u
    join account a on a.unit_code = u.code
    where u.id = any(string_to_array(trim(both '/' from :path), '/')::bigint[])
      and a.roles && array['unit_officer', 'federation_officer']::text[]
)
select username from officers
where depth = (select max(depth) from officers)
order by username
