package vn.congdoan.sangkien.initiative;

import jakarta.enterprise.context.ApplicationScoped;
import vn.congdoan.sangkien.common.error.FieldProblem;
import vn.congdoan.sangkien.initiative.InitiativeDtos.AuthorDto;
import vn.congdoan.sangkien.initiative.InitiativeDtos.InitiativeWrite;
import vn.congdoan.sangkien.program.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Dossier rules that go beyond one field: the programme's window and the authors' shares. */
@ApplicationScoped
public class InitiativeRules {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public List<FieldProblem> check(InitiativeWrite request, List<Period> periods) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!periods.isEmpty()) {
            LocalDate opens = periods.stream().map(p -> p.startsOn).min(Comparator.naturalOrder()).orElseThrow();
            LocalDate closes = periods.stream().map(p -> p.endsOn).max(Comparator.naturalOrder()).orElseThrow();
            if (request.firstAppliedOn().isBefore(opens) || request.firstAppliedOn().isAfter(closes)) {
                problems.add(FieldProblem.of("firstAppliedOn", "WithinProgramWindow",
                        VIETNAMESE_DATE.format(opens), VIETNAMESE_DATE.format(closes)));
            }
        }
        BigDecimal total = request.authors().stream().map(AuthorDto::contributionPercent).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(HUNDRED) != 0) {
            problems.add(FieldProblem.of("authors", "ContributionSum", total.stripTrailingZeros().toPlainString()));
        }
        return problems;
    }
}
