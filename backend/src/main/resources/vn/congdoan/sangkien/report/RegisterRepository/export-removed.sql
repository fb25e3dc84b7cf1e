-- The dossiers deleted by a transaction from :from on, for an export since a sync token.
select 'INITIATIVE' as kind, t.object_id::text as id, t.removed_at
  from change_tombstone t
  join unit u on u.id = t.unit_id
 where t.kind = 'INITIATIVE' and t.program_id = :program and in_subtree(u.path, :rootPath)
   and t.change_xid >= cast(:from as xid8)
