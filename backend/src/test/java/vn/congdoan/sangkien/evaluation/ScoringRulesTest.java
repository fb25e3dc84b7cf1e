package vn.congdoan.sangkien.evaluation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rubric in use in provinces (docs/architecture.md, counting rule and lifecycle): novelty 40, applicability 30, benefit 30; pass ≥ 50 and each ≥ 10; A ≥ 85 (novelty ≥ 30), B ≥ 70 (novelty ≥ 20), C ≥ 50. */
class ScoringRulesTest {

    private final ScoringRules rules = new ScoringRules();
    private final Rubric rubric = designRubric();

    @Test
    void gradesFollowTheThresholds() {
        assertEquals(Optional.of("A"), grade(35, 25, 25));   // 85, novelty 35
        assertEquals(Optional.of("B"), grade(29, 28, 28));   // 85 but novelty 29 < 30: not A
        assertEquals(Optional.of("B"), grade(20, 25, 25));   // 70, novelty 20
        assertEquals(Optional.of("C"), grade(19, 26, 25));   // 70 but novelty 19 < 20: not B
        assertEquals(Optional.of("C"), grade(20, 15, 15));   // exactly 50
        assertEquals(Optional.empty(), grade(20, 15, 14));   // 49: fails the total
        assertEquals(Optional.empty(), grade(40, 30, 9));    // 79 but benefit 9 < 10: fails a criterion
    }

    @Test
    void sheetsAreAveragedPerCriterion() {
        Map<String, BigDecimal> averages = rules.averages(rubric, List.of(sheet(30, 20, 21), sheet(35, 25, 24), sheet(31, 24, 24)));
        assertEquals(new BigDecimal("32.00"), averages.get("novelty"));
        assertEquals(new BigDecimal("23.00"), averages.get("applicability"));
        assertEquals(new BigDecimal("23.00"), averages.get("benefit"));
        assertEquals(new BigDecimal("78.00"), rules.total(averages));
        assertTrue(rules.passed(rubric, averages));
        assertEquals(Optional.of("B"), rules.grade(rubric, averages));
    }

    @Test
    void aSheetMustScoreEveryCriterionWithinItsMaximum() {
        var problems = rules.checkSheet(rubric, Map.of("novelty", new BigDecimal("41"), "benefit", new BigDecimal("-1"), "beauty", BigDecimal.ONE));
        assertEquals(List.of("scores.novelty", "scores.applicability", "scores.benefit", "scores.beauty"),
                problems.stream().map(p -> p.field()).toList());
        assertEquals(List.of("ScoreRange", "NotNull", "ScoreRange", "CriterionExists"), problems.stream().map(p -> p.rule()).toList());
        assertTrue(rules.checkSheet(rubric, sheet(40, 30, 30)).isEmpty());
        assertFalse(rules.passed(rubric, Map.of()));
    }

    private Optional<String> grade(int novelty, int applicability, int benefit) {
        return rules.grade(rubric, rules.averages(rubric, List.of(sheet(novelty, applicability, benefit))));
    }

    private static Map<String, BigDecimal> sheet(int novelty, int applicability, int benefit) {
        return Map.of("novelty", BigDecimal.valueOf(novelty), "applicability", BigDecimal.valueOf(applicability),
                "benefit", BigDecimal.valueOf(benefit));
    }

    static Rubric designRubric() {
        Rubric rubric = new Rubric();
        rubric.code = "TLD-2022";
        rubric.passTotal = BigDecimal.valueOf(50);
        rubric.criteria.add(criterion("novelty", 40));
        rubric.criteria.add(criterion("applicability", 30));
        rubric.criteria.add(criterion("benefit", 30));
        rubric.grades.add(grade("A", 85, "novelty", 30));
        rubric.grades.add(grade("B", 70, "novelty", 20));
        rubric.grades.add(grade("C", 50, null, null));
        return rubric;
    }

    private static Rubric.Criterion criterion(String code, int max) {
        Rubric.Criterion criterion = new Rubric.Criterion();
        criterion.code = code;
        criterion.name = code;
        criterion.maxPoints = BigDecimal.valueOf(max);
        criterion.minPoints = BigDecimal.TEN;
        return criterion;
    }

    private static Rubric.GradeRule grade(String grade, int minTotal, String criterion, Integer minCriterion) {
        Rubric.GradeRule rule = new Rubric.GradeRule();
        rule.grade = grade;
        rule.minTotal = BigDecimal.valueOf(minTotal);
        rule.criterionCode = criterion;
        rule.minCriterion = minCriterion == null ? null : BigDecimal.valueOf(minCriterion);
        return rule;
    }
}
