   and i.grade = :grade
