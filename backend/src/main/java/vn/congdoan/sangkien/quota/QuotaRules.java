package vn.congdoan.sangkien.quota;

import jakarta.enterprise.context.ApplicationScoped;
import vn.congdoan.sangkien.common.error.FieldProblem;
import vn.congdoan.sangkien.program.Period;
import vn.congdoan.sangkien.program.QuotaRule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The arithmetic of quota tables: sub-periods add up to their period, children to their parent. */
@ApplicationScoped
public class QuotaRules {

    /** Reads "period code → target" into periods, adding a problem for each unknown code or negative target. */
    public Map<Period, Integer> readTargets(String field, Map<String, Integer> targets, Map<String, Period> periods,
                                            List<FieldProblem> problems) {
        Map<Period, Integer> read = new LinkedHashMap<>();
        targets.forEach((code, target) -> {
            Period period = periods.get(code);
            if (period == null) {
                problems.add(FieldProblem.of(field + "." + code, "PeriodExists", code));
            } else if (target == null || target < 0) {
                problems.add(FieldProblem.of(field + "." + code, "PositiveOrZero"));
            } else {
                read.put(period, target);
            }
        });
        return read;
    }

    /**
     * Where a period is divided (the whole programme into phases), a row that gives any of the parts
     * must give them all, and they must add up to the whole when the whole is given.
     */
    public List<FieldProblem> checkSubPeriodSums(String field, Map<Period, Integer> targets, Collection<Period> allPeriods) {
        List<FieldProblem> problems = new ArrayList<>();
        for (Period whole : allPeriods) {
            List<Period> parts = allPeriods.stream().filter(p -> p.parent != null && p.parent.id.equals(whole.id)).toList();
            List<Period> given = parts.stream().filter(targets::containsKey).toList();
            if (given.isEmpty()) {
                continue;
            }
            if (given.size() < parts.size()) {
                parts.stream().filter(p -> !targets.containsKey(p))
                        .forEach(p -> problems.add(FieldProblem.of(field + "." + p.code, "PartMissing", p.code, whole.code)));
                continue;
            }
            int sum = given.stream().mapToInt(targets::get).sum();
            Integer total = targets.get(whole);
            if (total != null && total != sum) {
                problems.add(FieldProblem.of(field + "." + whole.code, "PeriodSum", whole.code, total, sum));
            }
        }
        return problems;
    }

    /** The children's targets per period against the parent's own, under the programme's rule. */
    public List<FieldProblem> checkAgainstParent(QuotaRule rule, Map<Period, Integer> parentTargets,
                                                 Collection<Map<Period, Integer>> childrenTargets) {
        Map<Period, Integer> sums = new LinkedHashMap<>();
        parentTargets.keySet().forEach(period -> sums.put(period, 0));
        childrenTargets.forEach(targets -> targets.forEach((period, target) -> sums.merge(period, target, Integer::sum)));
        List<FieldProblem> problems = new ArrayList<>();
        sums.forEach((period, allocated) -> {
            int sum = allocated;
            Integer parentTarget = parentTargets.get(period);
            String field = "targets." + period.code;
            if (parentTarget == null) {
                problems.add(FieldProblem.of(field, "ParentHasQuota", period.code));
            } else if (rule == QuotaRule.MUST_EQUAL && sum != parentTarget) {
                problems.add(FieldProblem.of(field, "AllocationEquals", period.code, parentTarget, sum));
            } else if (rule == QuotaRule.MUST_NOT_EXCEED && sum > parentTarget) {
                problems.add(FieldProblem.of(field, "AllocationNotExceeding", period.code, parentTarget, sum));
            }
        });
        return problems;
    }
}
