-- Searches within a province federation, a sector union or below (nearly all: officers see their own subtree) read
-- the words of that top-level unit only. The word index had each word once for the whole country, so "sang & kien &
-- tiet & kiem" in one province intersected four posting lists of 200,000-275,000 rows with the province's 15,000:
-- 15-20 ms of PostgreSQL's CPU for a page. Each word is now also indexed as "word@<top-level unit id>" (the second
-- id of unit_ancestors), whose lists hold that unit's rows only: under 1 ms. Plain words stay for searches over
-- the whole tree. unit_ancestors is kept by the V7 triggers, so a unit moved to another province moves its words.
-- search_text is folded by the application (SearchText.fold: lower-case letters and digits, single spaces), so its
-- words are what lies between the spaces: the same lexemes the 'simple' parser gave on all 1.2 million rows of the
-- national dataset, and splitting costs a third of parsing, so that the function with the unit's words (one replace)
-- costs an import what to_tsvector alone did. A text of 2,000 bytes or more may hold a word too long for a tsvector:
-- its words are looked at one by one, and such a word is left out, as to_tsvector leaves it out.
create function initiative_search_words(search_text text, unit_ancestors bigint[]) returns tsvector
    language sql immutable parallel safe
    as $$
    select array_to_tsvector(case when unit_ancestors[2] is null then words
                                  when octet_length(search_text) < 2000
                                      then words || string_to_array(replace(search_text, ' ', '@' || unit_ancestors[2] || ' ')
                                                                    || '@' || unit_ancestors[2], ' ')
                                  else words || array(select w || '@' || unit_ancestors[2] from unnest(words) w) end)
      from (select case when octet_length(search_text) < 2000 then array_remove(string_to_array(search_text, ' '), '')
                        else array(select w from unnest(string_to_array(search_text, ' ')) w
                                    where w <> '' and octet_length(w) < 2000) end as words) s
    $$;

set local maintenance_work_mem = '512MB';
create index initiative_search_words_idx on initiative
    using gin (initiative_search_words(search_text, unit_ancestors), unit_ancestors);
drop index if exists initiative_words_units_idx;
drop function if exists initiative_text_matches(text, text);
