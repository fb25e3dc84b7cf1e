-- Per provincial federation, the week's steps in its subtree [:from, :to), what waits for a decision now and how
-- many of its units are below their target in the periods open on :today. One pass over the week's steps for all.
with province as (
    select u.id, u.code, u.name, u.path from unit u
    where u.type = 'PROVINCIAL_FEDERATION' and (u.valid_to is null or u.valid_to >= :today)
), steps as (
    select p.id as province_id,
           count(*) filter (where e.to_status = 'SUBMITTED') as submitted,
           count(*) filter (where e.to_status = 'RECOGNISED') as recognised
    from initiative_event e
    join unit u on u.id = e.unit_id
    join province p on in_subtree(u.path, p.path)
    where e.at >= :from and e.at < :to
    group by p.id
), open_period as (
    select id, parent_id from period where starts_on <= :today and ends_on >= :today
), waiting as ( -- the phases only: a sub-period's dossiers are its phase's too
    select p.id as province_id, coalesce(sum(c.submitted + c.under_review), 0) as waiting
    from province p
    join progress_counter c on c.unit_id = p.id
     and c.period_id in (select id from open_period where parent_id is null)
    group by p.id
), below as (
    select p.id as province_id, count(distinct q.unit_id) as units_below
    from province p
    join unit u on in_subtree(u.path, p.path)
    join quota q on q.unit_id = u.id and q.period_id in (select id from open_period)
    left join progress_counter c on c.period_id = q.period_id and c.unit_id = u.id
    where coalesce(c.valid, 0) < q.target
    group by p.id
)
select p.id as unit_id, p.code as unit_code, p.name as unit_name, p.path as unit_path,
       coalesce(s.submitted, 0) as submitted, coalesce(s.recognised, 0) as recognised,
       coalesce(w.waiting, 0) as waiting, coalesce(b.units_below, 0) as units_below_target
from province p
left join steps s on s.province_id = p.id
left join waiting w on w.province_id = p.id
left join below b on b.province_id = p.id
order by p.code
