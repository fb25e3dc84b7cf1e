select nextval('initiative_author_seq') as id from generate_series(1, :count)
