-- The register's change feed (common.db.ChangeFeed): every dossier of the programme in the subtree, whatever its
-- status, written by a transaction from :from on and after the position; then the dossiers deleted meanwhile.
-- Each half walks its (change_xid, id) index from :lowXid and stops at :limit; the merge keeps that order.
with rows as (
    (select i.change_xid as feed_xid, 1 as feed_rank, i.id as feed_id
       from initiative i
       join unit u on u.id = i.unit_id
      where i.program_id = :program and in_subtree(u.path, :rootPath)
        and i.change_xid >= cast(:lowXid as xid8)
        and (i.change_xid > cast(:afterXid as xid8) or (1, i.id) > (:afterRank, :afterId))
      order by i.change_xid, i.id
      limit :limit)
    union all
    (select t.change_xid, 0, t.id
       from change_tombstone t
       join unit u on u.id = t.unit_id
      where t.kind = 'INITIATIVE' and t.program_id = :program and in_subtree(u.path, :rootPath)
        and t.change_xid >= cast(:lowXid as xid8)
        and (t.change_xid > cast(:afterXid as xid8) or (0, t.id) > (:afterRank, :afterId))
      order by t.change_xid, t.id
      limit :limit)
    order by feed_xid, feed_rank, feed_id
    limit :limit
)
select r.feed_xid::text as feed_xid, r.feed_rank, r.feed_id,
       i.id, i.receipt_number, i.title, u.code as unit_code, i.field, i.solution_type, i.status, i.impact_level,
       i.grade, i.first_applied_on, i.submitted_on, i.recognition_body, i.decision_number, i.decision_date,
       i.estimated_value_vnd, (select count(*) from initiative_author a where a.initiative_id = i.id) as author_count,
       i.updated_at,
       'INITIATIVE' as removed_kind, t.object_id::text as removed_id, t.removed_at
  from rows r
  left join initiative i on r.feed_rank = 1 and i.id = r.feed_id
  left join unit u on u.id = i.unit_id
  left join change_tombstone t on r.feed_rank = 0 and t.id = r.feed_id
 order by r.feed_xid, r.feed_rank, r.feed_id
