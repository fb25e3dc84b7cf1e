-- The people who helped apply an initiative are part of its dossier and are never looked up on their own, so they
-- move from a table of their own into the dossier's row: a read of a dossier is then one index probe fewer (a tenth of
-- its cost in PostgreSQL), and saving a dossier no longer deletes and re-inserts its helpers. A constant default
-- does not rewrite the table.
alter table initiative add column helpers jsonb not null default '[]';

update initiative i
   set helpers = h.helpers
  from (select initiative_id,
               jsonb_agg(jsonb_build_object('fullName', full_name, 'workplace', workplace, 'jobTitle', job_title,
                                            'contribution', contribution) order by position) as helpers
          from initiative_helper
         group by initiative_id) h
 where h.initiative_id = i.id;

drop table initiative_helper;
