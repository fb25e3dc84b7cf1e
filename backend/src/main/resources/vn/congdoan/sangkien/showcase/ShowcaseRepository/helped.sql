select count(*) as count, coalesce(bool_or(h.username = :username), false) as helped_by_me
  from showcase_helped h
 where h.initiative_id = :id
