   and (i.created_by = :createdBy
        or i.id in (select a.initiative_id from initiative_author a where a.account = :createdBy))
