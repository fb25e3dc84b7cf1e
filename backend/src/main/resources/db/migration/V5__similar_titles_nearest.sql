-- Similar titles are found nearest-first through a GiST trigram index (k-nearest-neighbour scan), so the five
-- closest titles cost the same at a million dossiers as at a hundred, however many titles pass the similarity bar.
create index initiative_folded_title_gist_idx on initiative using gist (folded_title gist_trgm_ops);
-- The GiST index answers the similarity filter too: the GIN one on the same column only slowed every insert.
drop index initiative_folded_title_trgm_idx;
