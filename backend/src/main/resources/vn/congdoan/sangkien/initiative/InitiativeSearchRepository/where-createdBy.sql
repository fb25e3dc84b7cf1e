   and i.created_by = :createdBy
