-- The reads of confidential parts within a subtree (or of one dossier), newest first, with the total as a window count.
select r.initiative_id, r.reader, r.read_at, r.attachment_id, count(*) over () as total
  from confidential_read r
 where in_subtree(r.unit_path, :rootPath)
   and (cast(:initiative as bigint) is null or r.initiative_id = :initiative)
 order by r.read_at desc, r.id desc
 limit :limit offset :offset
