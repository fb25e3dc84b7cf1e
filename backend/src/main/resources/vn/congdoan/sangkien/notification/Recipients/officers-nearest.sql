-- The officers the account directory knows at the unit at :path or, when it has none, at its nearest unit above.
with officers as (
    select a.username, u.depth
    from account a
    join unit u on u.code = a.unit_code
    where in_subtree(:path, u.path)
      and a.roles && array['unit_officer', 'federation_officer']::text[]
)
select username from officers
where depth = (select max(depth) from officers)
order by username
