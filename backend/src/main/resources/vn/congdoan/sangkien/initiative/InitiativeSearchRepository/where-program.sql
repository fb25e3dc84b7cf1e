   and i.program_id = :program
