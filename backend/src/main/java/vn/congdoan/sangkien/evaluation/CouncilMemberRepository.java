package vn.congdoan.sangkien.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.congdoan.sangkien.unit.Unit;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CouncilMemberRepository implements PanacheRepositoryBase<CouncilMember, Long> {

    public List<CouncilMember> ofUnit(Unit unit) {
        return list("unit = ?1 order by fullName", unit);
    }

    /** A council seat that covers the unit: on the unit's own council or on an ancestor's. */
    public Optional<CouncilMember> seatCovering(Unit unit, String username) {
        return find("username = ?1 and " + Unit.inSubtreeHql("?2", "unit.path") + " order by unit.depth desc", username, unit.path)
                .firstResultOptional();
    }
}
