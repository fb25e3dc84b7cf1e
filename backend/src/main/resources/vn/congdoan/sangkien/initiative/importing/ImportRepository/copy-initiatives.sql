-- unit_ancestors come with the row, so V8's row trigger that would look each one up is skipped; import_key is the
-- row's natural key (V21).
copy initiative (id, program_id, unit_id, title, summary, solution_type, field, first_applied_on, status, search_text,
                 folded_title, created_at, updated_at, version, created_by, filed_on, receipt_number, submitted_on,
                 estimated_value_vnd, import_batch_id, unit_ancestors, import_key) from stdin
