-- Titles close to this one in a district's or a grassroots union's subtree (pg_trgm similarity at least 0.3), most alike
-- first: from the subtree's units, each unit's dossiers through the unit index (a lateral join keeps that order), so
-- the national trigram index is never walked nearest first only to be filtered down to a few units (over a minute at
-- a million dossiers, found by the soak). The closeness is written as similarity() >= 0.3 (what % means at the default
-- pg_trgm.similarity_threshold) so that the trigram index cannot be chosen inside the lateral either (a plan walking
-- the national index once per unit of the subtree; the soak still saw this statement run past a minute, its plan not
-- caught). The whole country uses similar-titles.sql.
select i.id, i.title, u.name as unit_name, i.status, round(similarity(i.folded_title, :title)::numeric, 2) as similarity
  from unit u
 cross join lateral (select i.id, i.title, i.status, i.folded_title, i.created_by
                       from initiative i
                      where i.unit_id = u.id and i.program_id = :program and i.id <> :exclude
                        and similarity(i.folded_title, :title) >= 0.3) i
 where in_subtree(u.path, :rootPath)
<conditions>
 order by i.folded_title <-> :title, i.id
 limit 5
