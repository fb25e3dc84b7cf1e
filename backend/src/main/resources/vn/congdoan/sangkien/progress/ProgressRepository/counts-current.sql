-- Today's numbers: the counters the database keeps per unit subtree and period (V4, V11), pivoted to one row per unit
-- before the join with quotas and parents (half the work of grouping after).
, counted as (
    select unit_id,
           sum(initiatives) filter (where status = 'SUBMITTED') as submitted,
           sum(initiatives) filter (where status = 'UNDER_REVIEW') as under_review,
           sum(initiatives) filter (where status = 'RETURNED') as returned,
           sum(initiatives) filter (where status = 'RECOGNISED') as recognised,
           sum(initiatives) filter (where status = 'REFUSED') as refused,
           sum(initiatives) filter (where status = 'VALID') as valid,
           sum(estimated_value_vnd) filter (where status = 'VALID') as valid_value
      from progress_counter c
     where c.period_id = :periodId and c.unit_id in (select id from scope)
     group by unit_id
)
