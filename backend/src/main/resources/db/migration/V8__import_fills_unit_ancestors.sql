-- A bulk import computes unit_ancestors in its INSERT (one join), so the row trigger of V7 runs only for rows that
-- come without them (every insert through Hibernate, which never writes the column) and for unit changes.
drop trigger initiative_unit_ancestors on initiative;
create trigger initiative_unit_ancestors_insert before insert on initiative for each row
    when (new.unit_ancestors is null) execute function initiative_set_unit_ancestors();
create trigger initiative_unit_ancestors_unit_change before update of unit_id on initiative for each row
    execute function initiative_set_unit_ancestors();
