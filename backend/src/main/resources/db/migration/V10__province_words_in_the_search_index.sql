-- Searches within a province federation, a sector union or below (nearly all: officers see their own subtree) read
-- the words of that top-level unit only. The word index had each word once for the whole country, so "sang & kien &
-- tiet & kiem" in one province intersected four posting lists of 200,000-275,000 rows with the province's 15,000:
-- 15-20 ms of PostgreSQL's CPU for a page. Each word is now also indexed as "word@<top-level unit id>" (the second
-- id of unit_ancestors), whose lists hold that unit's rows only: under 1 ms. Plain words stay for searches over
-- the whole tree. unit_ancestors is kept by the V7 triggers, so a unit moved to another province moves its words.
create function initiative_search_words(search_text text, unit_ancestors bigint[]) returns tsvector
    language sql immutable parallel safe
    as $$
    select case when unit_ancestors[2] is null then w
                else w || array_to_tsvector(array(select l || '@' || unit_ancestors[2] from unnest(tsvector_to_array(w)) l))
           end
      from to_tsvector('simple'::regconfig, search_text) w
    $$;

set local maintenance_work_mem = '512MB';
create index initiative_search_words_idx on initiative
    using gin (initiative_search_words(search_text, unit_ancestors), unit_ancestors);
drop index initiative_words_units_idx;
drop function initiative_text_matches(text, text);
