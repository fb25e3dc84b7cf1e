-- The names of the authors who agreed to be shown, in the dossier's order; nothing else of them.
select a.full_name
  from initiative_author a
 where a.initiative_id = :id and a.show_name
 order by a.position
