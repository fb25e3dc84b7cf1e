package vn.congdoan.sangkien.evaluation;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.common.error.FieldProblem;
import vn.congdoan.sangkien.evaluation.EvaluationDtos.RubricView;

import java.math.BigDecimal;
import java.util.List;

@ApplicationScoped
public class RubricService {

    private final RubricRepository rubrics;
    private final EvaluationMapper mapper;
    private final ScoringRules rules;

    public RubricService(RubricRepository rubrics, EvaluationMapper mapper, ScoringRules rules) {
        this.rubrics = rubrics;
        this.mapper = mapper;
        this.rules = rules;
    }

    public List<RubricView> list() {
        return rubrics.listAll(Sort.ascending("code")).stream().map(mapper::toView).toList();
    }

    public RubricView get(String code) {
        return mapper.toView(rubrics.findByCode(code).orElseThrow(() -> ApiException.notFound("rubric", code)));
    }

    public Rubric requireReferenced(String field, String code) {
        return rubrics.findByCode(code).orElseThrow(() -> ApiException.invalid(FieldProblem.of(field, "RubricExists", code)));
    }

    @Transactional
    public RubricView create(RubricView request) {
        if (rubrics.findByCode(request.code()).isPresent()) {
            throw ApiException.conflict("rubric-code-taken", request.code());
        }
        List<FieldProblem> problems = rules.checkRubric(request);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        Rubric rubric = new Rubric();
        mapper.copy(request, rubric);
        rubric.criteria.forEach(c -> c.minPoints = c.minPoints == null ? BigDecimal.ZERO : c.minPoints);
        rubrics.persistAndFlush(rubric);
        return mapper.toView(rubric);
    }
}
