package vn.congdoan.sangkien.reward;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import vn.congdoan.sangkien.program.Period;
import vn.congdoan.sangkien.program.Program;
import vn.congdoan.sangkien.unit.Unit;

import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class RewardRepository implements PanacheRepositoryBase<Reward, Long> {

    /** The programme's rewards proposed within the subtree at {@code scopePath}, newest first; status and period optional. */
    public List<Reward> ofProgram(Program program, String scopePath, Reward.Status status, Period period) {
        StringBuilder where = new StringBuilder("program = :program and ").append(Unit.inSubtreeHql("proposingUnit.path", ":scope"));
        Parameters params = Parameters.with("program", program).and("scope", scopePath);
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (period != null) {
            where.append(" and period = :period");
            params.and("period", period);
        }
        return list(where + " order by proposedAt desc, id desc", params);
    }

    /**
     * The programme's rewards decided for units within the subtree at {@code rootPath} in a period: period rewards of
     * that period and sudden ones dated in its window, decided on or before {@code asOf} (so an earlier asOf gives the
     * earlier list); by decision date.
     */
    public List<Reward> decidedIn(Program program, Period period, String rootPath, LocalDate asOf) {
        return list("program = :program and status = :decided and " + Unit.inSubtreeHql("recipientUnit.path", ":root")
                        + " and decisionDate <= :asOf and (period = :period or (kind = :sudden and decisionDate between :start and :end))"
                        + " order by decisionDate, id",
                Parameters.with("program", program).and("decided", Reward.Status.DECIDED).and("root", rootPath)
                        .and("asOf", asOf).and("period", period).and("sudden", Reward.Kind.SUDDEN)
                        .and("start", period.startsOn).and("end", period.endsOn));
    }
}
