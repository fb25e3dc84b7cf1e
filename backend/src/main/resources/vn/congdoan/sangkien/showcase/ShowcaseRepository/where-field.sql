   and i.field = :field
