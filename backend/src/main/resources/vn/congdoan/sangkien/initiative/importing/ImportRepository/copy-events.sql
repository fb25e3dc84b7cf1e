copy initiative_event (id, initiative_id, from_status, to_status, actor, at, reason, program_id, unit_id,
                       first_applied_on, estimated_value_vnd, solution_type, field) from stdin
