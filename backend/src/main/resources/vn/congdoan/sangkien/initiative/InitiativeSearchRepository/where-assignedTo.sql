   and i.id in (select e.initiative_id from evaluation e where e.evaluator = :assignedTo)
