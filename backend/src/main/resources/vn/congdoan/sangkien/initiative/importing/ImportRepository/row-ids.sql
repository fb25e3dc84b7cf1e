-- One id for each row of the file and one for its "imported" event, taken before the COPY (a connection streaming a
-- COPY runs nothing else). Ids of rejected rows stay unused, as Hibernate leaves gaps too.
select nextval('initiative_seq') as initiative_id, nextval('initiative_event_seq') as event_id
  from generate_series(1, :count)
