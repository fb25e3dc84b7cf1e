-- Today's numbers: the counters the database keeps per unit subtree and period, one row per unit (V14).
, counted as (
    select unit_id, submitted, under_review, returned, recognised, refused, valid, valid_value_vnd as valid_value
      from progress_counter c
     where c.period_id = :periodId and c.unit_id in (select id from scope)
)
