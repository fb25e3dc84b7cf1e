package vn.congdoan.sangkien.evaluation;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper(componentModel = "cdi")
public interface EvaluationMapper {

    EvaluationDtos.RubricView toView(Rubric rubric);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "version", ignore = true)
    void copy(EvaluationDtos.RubricView source, @MappingTarget Rubric target);

    Rubric.Criterion toCriterion(EvaluationDtos.CriterionDto criterion);

    Rubric.GradeRule toGradeRule(EvaluationDtos.GradeRuleDto grade);

    EvaluationDtos.CouncilMemberDto toDto(CouncilMember member);
}
