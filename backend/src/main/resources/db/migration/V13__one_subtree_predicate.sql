-- "Is this unit in that subtree?" in one place: in_subtree(path, root_path), true when path is root_path or below it.
-- Written as a range of the path (root_path up to the first string after all its descendants, '/1/1136/' ->
-- '/1/11360') rather than LIKE root_path || '%': a range serves the varchar_pattern_ops indexes on unit.path and
-- unit_placement.path for a parameter too, so a prepared statement keeps one generic plan. Both functions are plain
-- SQL expressions, which PostgreSQL inlines into the calling query before planning.
-- Java's twin is vn.congdoan.sangkien.unit.UnitPaths.inSubtree; a test holds the two to the same answers.
create function subtree_end(root_path varchar) returns text
    language sql immutable parallel safe
    as $$ select left(root_path, -1) || chr(ascii(right(root_path, 1)) + 1) $$;

create function in_subtree(path varchar, root_path varchar) returns boolean
    language sql immutable parallel safe
    as $$ select path ~>=~ root_path and path ~<~ subtree_end(root_path) $$;
