package vn.congdoan.sangkien.reward;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import vn.congdoan.sangkien.program.Period;
import vn.congdoan.sangkien.program.Program;
import vn.congdoan.sangkien.unit.Unit;

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
}
