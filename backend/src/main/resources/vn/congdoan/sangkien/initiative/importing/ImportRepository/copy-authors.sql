copy initiative_author (id, initiative_id, position, full_name, contribution_percent, union_member) from stdin
