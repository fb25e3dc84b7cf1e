-- The units' change feed (common.db.ChangeFeed): every unit in the subtree written by a transaction from :from on
-- and after the position. Units are never deleted: a closed one comes with its validTo.
select u.change_xid::text as feed_xid, 1 as feed_rank, u.id as feed_id,
       u.code, u.name, u.type, u.sector, p.code as parent_code, u.depth, u.valid_from, u.valid_to, u.updated_at
  from unit u
  left join unit p on p.id = u.parent_id
 where in_subtree(u.path, :rootPath)
   and u.change_xid >= cast(:lowXid as xid8)
   and (u.change_xid > cast(:afterXid as xid8) or (1, u.id) > (:afterRank, :afterId))
 order by u.change_xid, u.id
 limit :limit
