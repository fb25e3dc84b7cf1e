-- Served by the GIN index on the words and unit_ancestors (V7, V10). Within a top-level unit the query asks for that
-- unit's own words (word@<unit id>), which already keep to it.
   and initiative_search_words(i.search_text, i.unit_ancestors) @@ cast(:words as tsquery)
