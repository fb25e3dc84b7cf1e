-- The import batches in a subtree (their unit_path, V21: the lowest unit over the file's units), newest first, with the
-- total as a window count; :batch narrows it to one.
select b.id, p.code as program_code, b.file_name, b.file_format, b.mode, b.imported_by, b.imported_at,
       b.row_count as rows, b.imported, b.row_count - b.imported - b.skipped as rejected, b.skipped,
       count(*) over () as total
  from import_batch b
  join program p on p.id = b.program_id
 where in_subtree(b.unit_path, :rootPath)
   and (cast(:batch as bigint) is null or b.id = :batch)
 order by b.imported_at desc, b.id desc
 limit :limit offset :offset
