-- Today's filed (not draft) initiatives of the programme in the subtree at rootPath, dated in the period, and the
-- grassroots unions of the subtree active in the period: the CTEs "filed" and "grassroots" of breakdown.sql and
-- participation.sql, from the dossiers themselves.
filed as (
    select i.id as initiative_id, i.unit_id, i.status, i.field, i.solution_type, i.impact_level, i.grade,
           i.estimated_value_vnd
      from initiative i join unit u on u.id = i.unit_id
     where i.program_id = :programId and in_subtree(u.path, :rootPath)
       and i.first_applied_on between :periodStart and :periodEnd
       and i.status <> 'DRAFT'
),
grassroots as (
    select u.id
      from unit u
     where in_subtree(u.path, :rootPath) and u.type = 'GRASSROOTS'
       and u.valid_from <= :periodEnd and (u.valid_to is null or u.valid_to >= :periodStart)
)
