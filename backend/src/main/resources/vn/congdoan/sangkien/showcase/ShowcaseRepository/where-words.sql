   and initiative_search_words(i.search_text, i.unit_ancestors) @@ cast(:words as tsquery)
   and not exists (select 1 from unnest(cast(:wordList as text[])) w
                    where position(' ' || w || ' ' in ' ' || i.showcase_text || ' ') = 0)
