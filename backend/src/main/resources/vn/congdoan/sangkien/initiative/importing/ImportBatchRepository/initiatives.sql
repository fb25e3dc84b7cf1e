-- The dossiers one batch created, in the caller's subtree, in file order (ids were given in row order).
select i.id, i.receipt_number, i.title, u.code as unit_code, u.name as unit_name, i.status, i.first_applied_on,
       count(*) over () as total
  from initiative i
  join unit u on u.id = i.unit_id
 where i.import_batch_id = :batch
   and in_subtree(u.path, :rootPath)
 order by i.id
 limit :limit offset :offset
