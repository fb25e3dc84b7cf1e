-- Where the unit sat in the tree on the day, if it existed then.
select path, depth
  from unit_placement
 where unit_id = :unit and valid_from <= :treeDate and coalesce(valid_to, 'infinity') >= :treeDate
