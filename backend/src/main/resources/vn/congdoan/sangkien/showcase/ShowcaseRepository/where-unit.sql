   and exists (select 1 from unit r where r.code = :unit and r.id = any (i.unit_ancestors))
