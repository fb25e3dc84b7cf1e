package vn.congdoan.sangkien.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.common.error.FieldProblem;
import vn.congdoan.sangkien.evaluation.EvaluationDtos.CouncilMemberDto;
import vn.congdoan.sangkien.evaluation.EvaluationDtos.CouncilView;
import vn.congdoan.sangkien.unit.Unit;
import vn.congdoan.sangkien.unit.UnitService;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A unit's initiative council: the people its officers may assign to score its subtree's initiatives. */
@ApplicationScoped
public class CouncilService {

    private final CouncilMemberRepository members;
    private final UnitService units;
    private final EvaluationMapper mapper;

    public CouncilService(CouncilMemberRepository members, UnitService units, EvaluationMapper mapper) {
        this.members = members;
        this.units = units;
        this.mapper = mapper;
    }

    public CouncilView get(String unitCode) {
        Unit unit = units.require(unitCode);
        return new CouncilView(unit.code, unit.name, members.ofUnit(unit).stream().map(mapper::toDto).toList());
    }

    /** Replaces the council's membership. */
    @Transactional
    public CouncilView replace(String unitCode, List<CouncilMemberDto> newMembers) {
        Unit unit = units.require(unitCode);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < newMembers.size(); i++) {
            if (!seen.add(newMembers.get(i).username())) {
                throw ApiException.invalid(FieldProblem.of("members[" + i + "].username", "UniqueMember", newMembers.get(i).username()));
            }
        }
        // One by one rather than a bulk delete, so that the audit trail (Envers) records each seat removed.
        members.list("unit", unit).forEach(members::delete);
        members.flush();
        for (CouncilMemberDto dto : newMembers) {
            CouncilMember member = new CouncilMember();
            member.unit = unit;
            member.username = dto.username().strip();
            member.fullName = dto.fullName().strip();
            members.persist(member);
        }
        members.flush();
        return get(unitCode);
    }
}
