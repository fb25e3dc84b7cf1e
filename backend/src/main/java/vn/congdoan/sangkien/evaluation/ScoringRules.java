package vn.congdoan.sangkien.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import vn.congdoan.sangkien.common.error.FieldProblem;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The arithmetic of a rubric: sheets are checked against it, averaged per criterion, passed and graded. */
@ApplicationScoped
public class ScoringRules {

    /** Every criterion scored once, between 0 and its maximum; nothing else. */
    public List<FieldProblem> checkSheet(Rubric rubric, Map<String, BigDecimal> scores) {
        List<FieldProblem> problems = new ArrayList<>();
        for (Rubric.Criterion criterion : rubric.criteria) {
            BigDecimal points = scores.get(criterion.code);
            if (points == null) {
                problems.add(FieldProblem.of("scores." + criterion.code, "NotNull"));
            } else if (points.signum() < 0 || points.compareTo(criterion.maxPoints) > 0) {
                problems.add(FieldProblem.of("scores." + criterion.code, "ScoreRange", criterion.maxPoints.stripTrailingZeros().toPlainString()));
            }
        }
        scores.keySet().stream().filter(code -> rubric.criteria.stream().noneMatch(c -> c.code.equals(code)))
                .forEach(code -> problems.add(FieldProblem.of("scores." + code, "CriterionExists", rubric.code)));
        return problems;
    }

    public BigDecimal total(Map<String, BigDecimal> scores) {
        return scores.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Per-criterion averages of the given sheets, two decimals. */
    public Map<String, BigDecimal> averages(Rubric rubric, Collection<Map<String, BigDecimal>> sheets) {
        Map<String, BigDecimal> averages = new LinkedHashMap<>();
        if (sheets.isEmpty()) {
            return averages;
        }
        for (Rubric.Criterion criterion : rubric.criteria) {
            BigDecimal sum = sheets.stream().map(s -> s.getOrDefault(criterion.code, BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
            averages.put(criterion.code, sum.divide(BigDecimal.valueOf(sheets.size()), 2, RoundingMode.HALF_UP));
        }
        return averages;
    }

    /** Passed when the total reaches the pass mark and every criterion its minimum. */
    public boolean passed(Rubric rubric, Map<String, BigDecimal> averages) {
        if (averages.isEmpty() || total(averages).compareTo(rubric.passTotal) < 0) {
            return false;
        }
        return rubric.criteria.stream().allMatch(c -> c.minPoints == null || averages.get(c.code).compareTo(c.minPoints) >= 0);
    }

    /** The first grade, in the rubric's order, whose conditions hold; none when the sheets do not pass. */
    public Optional<String> grade(Rubric rubric, Map<String, BigDecimal> averages) {
        if (!passed(rubric, averages)) {
            return Optional.empty();
        }
        BigDecimal total = total(averages);
        return rubric.grades.stream()
                .filter(g -> total.compareTo(g.minTotal) >= 0)
                .filter(g -> g.criterionCode == null || averages.getOrDefault(g.criterionCode, BigDecimal.ZERO).compareTo(g.minCriterion) >= 0)
                .map(g -> g.grade)
                .findFirst();
    }

    /** A rubric that can be used: unique criteria, a reachable pass mark, grades on known criteria. */
    public List<FieldProblem> checkRubric(EvaluationDtos.RubricView rubric) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> codes = rubric.criteria().stream().map(EvaluationDtos.CriterionDto::code).toList();
        for (int i = 0; i < codes.size(); i++) {
            if (codes.indexOf(codes.get(i)) != i) {
                problems.add(FieldProblem.of("criteria[" + i + "].code", "UniqueCriterion", codes.get(i)));
            }
            var criterion = rubric.criteria().get(i);
            if (criterion.minPoints() != null && criterion.minPoints().compareTo(criterion.maxPoints()) > 0) {
                problems.add(FieldProblem.of("criteria[" + i + "].minPoints", "NotAboveMax"));
            }
        }
        BigDecimal maximum = rubric.criteria().stream().map(EvaluationDtos.CriterionDto::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (rubric.passTotal().compareTo(maximum) > 0) {
            problems.add(FieldProblem.of("passTotal", "NotAboveMax"));
        }
        List<EvaluationDtos.GradeRuleDto> grades = rubric.grades() == null ? List.of() : rubric.grades();
        for (int i = 0; i < grades.size(); i++) {
            var grade = grades.get(i);
            if (grade.criterionCode() != null && (!codes.contains(grade.criterionCode()) || grade.minCriterion() == null)) {
                problems.add(FieldProblem.of("grades[" + i + "].criterionCode", "CriterionExists", rubric.code()));
            }
        }
        return problems;
    }
}
