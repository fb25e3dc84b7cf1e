   and i.solution_type = :solutionType
