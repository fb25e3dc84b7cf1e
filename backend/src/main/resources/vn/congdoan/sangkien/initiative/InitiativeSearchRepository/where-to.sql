   and i.first_applied_on <= :to
