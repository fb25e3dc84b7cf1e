-- Ids for every row of the file, its "imported" event and each author it may name, taken before the COPY (a
-- connection streaming a COPY runs nothing else), as three arrays in one row. Ids of rejected rows stay unused, as
-- Hibernate leaves gaps too.
select array(select nextval('initiative_seq') from generate_series(1, :rows)) as initiative_ids,
       array(select nextval('initiative_event_seq') from generate_series(1, :rows)) as event_ids,
       array(select nextval('initiative_author_seq') from generate_series(1, :authors)) as author_ids
