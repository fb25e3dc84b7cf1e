package vn.congdoan.sangkien.unit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SupportTeamRepository implements PanacheRepositoryBase<SupportTeamMember, Long> {

    public List<SupportTeamMember> ofUnit(Unit unit) {
        return list("unit = ?1 order by fullName, username", unit);
    }

    public Optional<SupportTeamMember> find(Unit unit, String username) {
        return find("unit = ?1 and username = ?2", unit, username).firstResultOptional();
    }

    public boolean onTeam(long unitId, String username) {
        return count("unit.id = ?1 and username = ?2", unitId, username) > 0;
    }
}
