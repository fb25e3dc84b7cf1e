package vn.congdoan.sangkien.quota;

import jakarta.enterprise.context.ApplicationScoped;
import vn.congdoan.sangkien.common.error.FieldProblem;
import vn.congdoan.sangkien.program.Period;
import vn.congdoan.sangkien.program.QuotaRule;

import java.util.ArrayList;
import java.util.Arrays;
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
        childrenTargets.forEach(targets -> targets.forEach((period, target) -> sums.merge(period, target, Integer::sum)));
        return compare(rule, "targets", parentTargets, sums, TO_CHILDREN);
    }

    /**
     * A unit's new targets against what its own children already hold (its allocation below): the same rule must keep
     * holding there, or the table would no longer add up. A unit that allocated nothing yet has nothing to keep.
     */
    public List<FieldProblem> checkAllocatedBelow(String field, QuotaRule rule, String unitCode, Map<Period, Integer> targets,
                                                  Map<Period, Integer> heldBelow) {
        return heldBelow.isEmpty() ? List.of() : compare(rule, field, targets, heldBelow, BELOW, unitCode);
    }

    /** The rule names (and so messages) of a comparison, by what is being compared. */
    private record RuleNames(String missing, String equals, String notExceeding) {
    }

    private static final RuleNames TO_CHILDREN = new RuleNames("ParentHasQuota", "AllocationEquals", "AllocationNotExceeding");
    private static final RuleNames BELOW = new RuleNames("AllocatedBelowMissing", "AllocatedBelowEquals", "AllocatedBelowNotExceeding");

    /** Every period of either side: {@code sums} (over the children) must fit {@code targets} under the rule. */
    private static List<FieldProblem> compare(QuotaRule rule, String field, Map<Period, Integer> targets,
                                              Map<Period, Integer> sums, RuleNames names, Object... more) {
        Map<Period, Integer> allocated = new LinkedHashMap<>();
        targets.keySet().forEach(period -> allocated.put(period, 0));
        sums.forEach((period, sum) -> allocated.merge(period, sum, Integer::sum));
        List<FieldProblem> problems = new ArrayList<>();
        allocated.forEach((period, allocatedSum) -> {
            int sum = allocatedSum; // unboxed: Integer == Integer compares references
            Integer target = targets.get(period);
            String at = field + "." + period.code;
            if (target == null) {
                problems.add(FieldProblem.of(at, names.missing(), args(new Object[]{period.code, sum}, more)));
            } else if (rule == QuotaRule.MUST_EQUAL && sum != target) {
                problems.add(FieldProblem.of(at, names.equals(), args(new Object[]{period.code, target, sum}, more)));
            } else if (rule == QuotaRule.MUST_NOT_EXCEED && sum > target) {
                problems.add(FieldProblem.of(at, names.notExceeding(), args(new Object[]{period.code, target, sum}, more)));
            }
        });
        return problems;
    }

    /** The message arguments: the comparison's own, then the caller's (e.g. the unit named in the message). */
    private static Object[] args(Object[] own, Object[] more) {
        return java.util.stream.Stream.concat(Arrays.stream(own), Arrays.stream(more)).toArray();
    }
}
