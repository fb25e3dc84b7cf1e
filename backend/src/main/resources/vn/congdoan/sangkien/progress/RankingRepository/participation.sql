-- Grassroots unions active in the period, how many of them filed at least one initiative, and how many have at
-- least one valid (recognised and confirmed) one.
select count(*) as active,
       count(*) filter (where exists (select 1 from initiative i
                                       where i.unit_id = u.id and i.program_id = :program and i.status <> 'DRAFT'
                                         and i.first_applied_on between :periodStart and :periodEnd)) as participating,
       count(*) filter (where exists (select 1 from initiative i
                                       where i.unit_id = u.id and i.program_id = :program and i.status = 'VALID'
                                         and i.first_applied_on between :periodStart and :periodEnd)) as with_valid
  from unit u
 where in_subtree(u.path, :rootPath) and u.type = 'GRASSROOTS'
   and u.valid_from <= :periodEnd and (u.valid_to is null or u.valid_to >= :periodStart)
