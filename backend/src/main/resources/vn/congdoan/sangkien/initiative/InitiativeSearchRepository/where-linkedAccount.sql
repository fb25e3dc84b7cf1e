   and i.id in (select a.initiative_id from initiative_author a where a.account = :linkedAccount)
