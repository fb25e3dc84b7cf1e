-- The quotas' change feed (common.db.ChangeFeed): each target of the programme in the subtree written by a
-- transaction from :from on and after the position, then the targets removed meanwhile. A quota's stable id is
-- programme/period/unit: saving a quota table deletes and inserts its rows, so a tombstone whose target exists again
-- is left out (the row itself comes instead).
with rows as (
    (select q.change_xid as feed_xid, 1 as feed_rank, q.id as feed_id
       from quota q
       join period pe on pe.id = q.period_id
       join unit u on u.id = q.unit_id
      where pe.program_id = :program and in_subtree(u.path, :rootPath)
        and q.change_xid >= cast(:lowXid as xid8)
        and (q.change_xid > cast(:afterXid as xid8) or (1, q.id) > (:afterRank, :afterId))
      order by q.change_xid, q.id
      limit :limit)
    union all
    (select t.change_xid, 0, t.id
       from change_tombstone t
       join period pe on pe.id = t.period_id
       join unit u on u.id = t.unit_id
      where t.kind = 'QUOTA' and pe.program_id = :program and in_subtree(u.path, :rootPath)
        and t.change_xid >= cast(:lowXid as xid8)
        and (t.change_xid > cast(:afterXid as xid8) or (0, t.id) > (:afterRank, :afterId))
        and not exists (select 1 from quota q where q.period_id = t.period_id and q.unit_id = t.unit_id)
      order by t.change_xid, t.id
      limit :limit)
    order by feed_xid, feed_rank, feed_id
    limit :limit
)
select r.feed_xid::text as feed_xid, r.feed_rank, r.feed_id,
       pr.code || '/' || pe.code || '/' || u.code as id, pe.code as period_code, u.code as unit_code, q.target, q.updated_at,
       'QUOTA' as removed_kind, tpr.code || '/' || tpe.code || '/' || tu.code as removed_id, t.removed_at
  from rows r
  left join quota q on r.feed_rank = 1 and q.id = r.feed_id
  left join period pe on pe.id = q.period_id
  left join program pr on pr.id = pe.program_id
  left join unit u on u.id = q.unit_id
  left join change_tombstone t on r.feed_rank = 0 and t.id = r.feed_id
  left join period tpe on tpe.id = t.period_id
  left join program tpr on tpr.id = tpe.program_id
  left join unit tu on tu.id = t.unit_id
 order by r.feed_xid, r.feed_rank, r.feed_id
