-- The ancestors array is the index's form of in_subtree (UnitPathsTest holds the two to the same answers).
   and initiative_under_unit(i.unit_ancestors, :underUnit)
