package vn.congdoan.sangkien.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.congdoan.sangkien.common.db.Timestamps;
import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.common.error.FieldProblem;
import vn.congdoan.sangkien.unit.UnitDtos.SupportTeamMemberDto;
import vn.congdoan.sangkien.unit.UnitDtos.SupportTeamMemberView;
import vn.congdoan.sangkien.unit.UnitDtos.SupportTeamView;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A unit's initiative support team (tổ hỗ trợ sáng kiến): the accounts that file dossiers of the unit for its members.
 * Officers whose scope holds the unit manage it (their own unit's too); anything outside answers 404.
 */
@ApplicationScoped
public class SupportTeamService {

    private final SupportTeamRepository team;
    private final UnitService units;
    private final UnitScope scope;

    public SupportTeamService(SupportTeamRepository team, UnitService units, UnitScope scope) {
        this.team = team;
        this.units = units;
        this.scope = scope;
    }

    public SupportTeamView get(String unitCode) {
        Unit unit = units.require(unitCode);
        return view(unit);
    }

    /** Whether the account is on the support team of this unit (its own team, not an ancestor's). */
    public boolean onTeam(Unit unit, String username) {
        return username != null && team.onTeam(unit.id, username);
    }

    /** Replaces the team; members already on it keep when and by whom they were added. */
    @Transactional
    public SupportTeamView replace(String unitCode, List<SupportTeamMemberDto> members) {
        Unit unit = units.require(unitCode);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            String username = members.get(i).username().strip();
            if (!seen.add(username)) {
                throw ApiException.invalid(FieldProblem.of("members[" + i + "].username", "UniqueMember", username));
            }
        }
        Map<String, SupportTeamMember> current = new HashMap<>();
        team.ofUnit(unit).forEach(m -> current.put(m.username, m));
        for (SupportTeamMember gone : current.values()) {
            if (!seen.contains(gone.username)) {
                team.delete(gone);
            }
        }
        team.flush();
        for (SupportTeamMemberDto dto : members) {
            String username = dto.username().strip();
            SupportTeamMember member = current.get(username);
            if (member == null) {
                member = new SupportTeamMember();
                member.unit = unit;
                member.username = username;
                member.fullName = dto.fullName().strip();
                member.addedBy = scope.username().orElse("system");
                member.addedAt = Timestamps.now();
                team.persist(member);
            } else {
                member.fullName = dto.fullName().strip();
            }
        }
        team.flush();
        return view(unit);
    }

    @Transactional
    public void remove(String unitCode, String username) {
        Unit unit = units.require(unitCode);
        SupportTeamMember member = team.find(unit, username)
                .orElseThrow(() -> ApiException.notFound("supportTeamMember", username));
        team.delete(member);
        team.flush();
    }

    private SupportTeamView view(Unit unit) {
        List<SupportTeamMemberView> members = team.ofUnit(unit).stream()
                .map(m -> new SupportTeamMemberView(m.username, m.fullName, m.addedBy, m.addedAt)).toList();
        return new SupportTeamView(unit.code, unit.name, members);
    }
}
