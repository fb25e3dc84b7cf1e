package vn.congdoan.sangkien.initiative;

import jakarta.enterprise.context.ApplicationScoped;
import vn.congdoan.sangkien.common.error.FieldProblem;
import vn.congdoan.sangkien.initiative.InitiativeDtos.AuthorDto;
import vn.congdoan.sangkien.initiative.InitiativeDtos.InitiativeWrite;
import vn.congdoan.sangkien.program.Period;
import vn.congdoan.sangkien.program.Program;
import vn.congdoan.sangkien.common.text.SearchText;
import vn.congdoan.sangkien.common.text.VietnameseFormats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Dossier rules beyond one field: the programme's counting window, the filing date (an initiative is filed
 * within a year of its first application, Nghị định 13/2012), the authors' shares, and the real dates of steps.
 */
@ApplicationScoped
public class InitiativeRules {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final String OCCURRED_ON = "occurredOn";

    public List<FieldProblem> check(InitiativeWrite request, LocalDate filedOn, Program program, List<Period> periods) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate applied = request.firstAppliedOn();
        window(periods).filter(w -> !w.holds(applied)).ifPresent(w -> problems.add(FieldProblem.of("firstAppliedOn",
                "WithinProgramWindow", VietnameseFormats.date(w.opens()), VietnameseFormats.date(w.closes()))));
        if (applied.isAfter(filedOn)) {
            problems.add(FieldProblem.of("filedOn", "NotBeforeFirstApplied", VietnameseFormats.date(applied)));
        } else if (applied.isBefore(filedOn.minusYears(1))) {
            problems.add(FieldProblem.of("firstAppliedOn", "WithinYearBeforeFiling", VietnameseFormats.date(filedOn)));
        }
        checkShares(request.authors(), program.minCoauthorPercent, problems);
        List<AuthorDto> authors = request.authors();
        int duplicate = firstDuplicate(authors.stream().map(a -> sameAuthor(a.fullName(), a.birthDate())).toList());
        if (duplicate >= 0) {
            problems.add(FieldProblem.of("authors[" + duplicate + "].fullName", "DistinctAuthors",
                    authors.get(duplicate).fullName()));
        }
        return problems;
    }

    /**
     * The real date an officer gives a step of a paper record (occurredOn): within the programme's window and not before
     * the dossier's previous step, nor before {@code notBefore} when the step has a date of its own to follow (the
     * filing, the decision). Not after today is checked on the request (@PastOrPresent, Hanoi's today).
     *
     * @param previousStep the day the dossier's previous step happened, null for none
     * @param notBefore    the field the step must not come before, and its date; null for none
     */
    public List<FieldProblem> checkStepDate(LocalDate occurredOn, List<Period> periods, LocalDate previousStep,
                                            DateBound notBefore) {
        List<FieldProblem> problems = new ArrayList<>();
        window(periods).filter(w -> !w.holds(occurredOn)).ifPresent(w -> problems.add(FieldProblem.of(OCCURRED_ON,
                "StepWithinProgramWindow", VietnameseFormats.date(w.opens()), VietnameseFormats.date(w.closes()))));
        if (previousStep != null && occurredOn.isBefore(previousStep)) {
            problems.add(FieldProblem.of(OCCURRED_ON, "NotBeforePreviousStep", VietnameseFormats.date(previousStep)));
        }
        if (notBefore != null && notBefore.day() != null && occurredOn.isBefore(notBefore.day())) {
            problems.add(FieldProblem.of(OCCURRED_ON, notBefore.rule(), VietnameseFormats.date(notBefore.day())));
        }
        return problems;
    }

    /** A date a step's real date must not come before, and the rule that says so (e.g. NotBeforeFiling). */
    public record DateBound(String rule, LocalDate day) {
    }

    /** The programme's counting window: its first period's start to its last period's end; none without periods. */
    static Optional<Window> window(List<Period> periods) {
        if (periods.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Window(periods.stream().map(p -> p.startsOn).min(Comparator.naturalOrder()).orElseThrow(),
                periods.stream().map(p -> p.endsOn).max(Comparator.naturalOrder()).orElseThrow()));
    }

    record Window(LocalDate opens, LocalDate closes) {
        boolean holds(LocalDate day) {
            return !day.isBefore(opens) && !day.isAfter(closes);
        }
    }

    /**
     * What makes two authors of one dossier the same person: the name, folded (case, tone marks), and the birth date.
     * Namesakes are common (Nguyễn Văn An), so a name alone is not enough when birth dates tell them apart.
     */
    public static String sameAuthor(String fullName, LocalDate birthDate) {
        return SearchText.fold(fullName) + "|" + birthDate;
    }

    /** The index of the first key seen before, or -1. */
    public static int firstDuplicate(List<String> keys) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            if (!seen.add(keys.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static void checkShares(List<AuthorDto> authors, BigDecimal minCoauthor, List<FieldProblem> problems) {
        BigDecimal total = authors.stream().map(AuthorDto::contributionPercent).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(HUNDRED) != 0) {
            problems.add(FieldProblem.of("authors", "ContributionSum", total.stripTrailingZeros().toPlainString()));
        }
        if (minCoauthor != null && authors.size() > 1) {
            for (int i = 0; i < authors.size(); i++) {
                BigDecimal share = authors.get(i).contributionPercent();
                if (share != null && share.compareTo(minCoauthor) < 0) {
                    problems.add(FieldProblem.of("authors[" + i + "].contributionPercent", "MinCoauthorShare",
                            minCoauthor.stripTrailingZeros().toPlainString()));
                }
            }
        }
    }
}
