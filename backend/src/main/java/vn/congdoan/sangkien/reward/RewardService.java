package vn.congdoan.sangkien.reward;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.congdoan.sangkien.common.Versions;
import vn.congdoan.sangkien.common.db.Timestamps;
import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.common.error.FieldProblem;
import vn.congdoan.sangkien.initiative.Initiative;
import vn.congdoan.sangkien.initiative.InitiativeRepository;
import vn.congdoan.sangkien.initiative.InitiativeStatus;
import vn.congdoan.sangkien.program.Period;
import vn.congdoan.sangkien.program.Program;
import vn.congdoan.sangkien.program.ProgramService;
import vn.congdoan.sangkien.progress.ProgressDtos.ProgressRow;
import vn.congdoan.sangkien.progress.ProgressService;
import vn.congdoan.sangkien.progress.ProgressService.ProgressQuery;
import vn.congdoan.sangkien.reward.RewardDtos.RewardDecision;
import vn.congdoan.sangkien.reward.RewardDtos.RewardList;
import vn.congdoan.sangkien.reward.RewardDtos.RewardProposal;
import vn.congdoan.sangkien.reward.RewardDtos.RewardRejection;
import vn.congdoan.sangkien.reward.RewardDtos.RewardView;
import vn.congdoan.sangkien.unit.Unit;
import vn.congdoan.sangkien.unit.UnitScope;
import vn.congdoan.sangkien.unit.UnitService;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Rewards (khen thưởng): an officer proposes for their unit (or a unit they oversee) to the level above that decides
 * the reward's form; that level's officers (or anyone above them) decide it with a decision number and date, or refuse
 * it. A proposal is seen by whoever sees the proposing unit; 404 otherwise.
 */
@ApplicationScoped
public class RewardService {

    /** Dossiers whose authors a reward may name: recognised by a council, or found valid. */
    private static final Set<InitiativeStatus> REWARDABLE = Set.of(InitiativeStatus.RECOGNISED, InitiativeStatus.VALID);

    private final RewardRepository rewards;
    private final ProgramService programs;
    private final UnitService units;
    private final UnitScope scope;
    private final InitiativeRepository initiatives;
    private final ProgressService progress;

    public RewardService(RewardRepository rewards, ProgramService programs, UnitService units, UnitScope scope,
                         InitiativeRepository initiatives, ProgressService progress) {
        this.rewards = rewards;
        this.programs = programs;
        this.units = units;
        this.scope = scope;
        this.initiatives = initiatives;
        this.progress = progress;
    }

    @Transactional
    public RewardList list(String programCode, Reward.Status status, String periodCode) {
        Program program = programs.require(programCode);
        Period period = periodCode == null ? null : programs.requirePeriod(program, periodCode);
        return new RewardList(program.code, rewards.ofProgram(program, scope.pathPrefix(), status, period).stream().map(this::view).toList());
    }

    /** Rewards decided for units within root in the period, as of a day (see {@link RewardRepository#decidedIn}). */
    @Transactional
    public List<RewardView> decidedIn(Program program, Period period, Unit root, LocalDate asOf) {
        return rewards.decidedIn(program, period, root.path, asOf).stream().map(this::view).toList();
    }

    @Transactional
    public RewardView get(long id) {
        return view(require(id));
    }

    @Transactional
    public RewardView propose(String programCode, RewardProposal request) {
        Program program = programs.require(programCode);
        Unit proposing = request.proposingUnitCode() != null ? units.requireReferenced("proposingUnitCode", request.proposingUnitCode())
                : scope.ownUnit().orElseThrow(() -> ApiException.invalid(FieldProblem.of("proposingUnitCode", "NotNull")));
        List<FieldProblem> invalid = new ArrayList<>();
        Reward reward = new Reward();
        reward.program = program;
        reward.kind = request.kind();
        if (request.kind() == Reward.Kind.PERIOD && request.periodCode() == null) {
            invalid.add(FieldProblem.of("periodCode", "NotNull"));
        } else if (request.kind() == Reward.Kind.SUDDEN && request.periodCode() != null) {
            invalid.add(FieldProblem.of("periodCode", "OnlyForPeriodRewards"));
        } else if (request.periodCode() != null) {
            reward.period = programs.requirePeriod(program, request.periodCode());
        }
        reward.recipientType = request.recipientType();
        recipient(reward, request, program, proposing, invalid);
        reward.form = request.form();
        reward.proposingUnit = proposing;
        reward.decidingUnit = decidingUnit(proposing, request.form());
        if (reward.decidingUnit == null) {
            invalid.add(FieldProblem.of("form", "NoDecidingLevel", request.form().title, proposing.name));
        }
        if (!invalid.isEmpty()) {
            throw ApiException.invalid(invalid);
        }
        reward.reason = request.reason().strip();
        reward.figures = figures(reward);
        reward.status = Reward.Status.PROPOSED;
        reward.proposedBy = scope.username().orElse("system");
        reward.proposedAt = Timestamps.now();
        rewards.persistAndFlush(reward);
        return view(reward);
    }

    @Transactional
    public RewardView decide(long id, RewardDecision decision) {
        Reward reward = requireProposedForDecider(id, decision.version());
        reward.status = Reward.Status.DECIDED;
        reward.decisionNumber = decision.decisionNumber().strip();
        reward.decisionDate = decision.decisionDate();
        closeBy(reward);
        return view(reward);
    }

    @Transactional
    public RewardView reject(long id, RewardRejection rejection) {
        Reward reward = requireProposedForDecider(id, rejection.version());
        reward.status = Reward.Status.REJECTED;
        reward.rejectionReason = rejection.reason().strip();
        closeBy(reward);
        return view(reward);
    }

    private void closeBy(Reward reward) {
        reward.decidedBy = scope.username().orElse("system");
        reward.decidedAt = Timestamps.now();
        rewards.flush();
    }

    private Reward require(long id) {
        Reward reward = rewards.findById(id);
        if (reward == null || !scope.covers(reward.proposingUnit)) {
            throw ApiException.notFound("reward", id);
        }
        return reward;
    }

    /** Whether the caller is of the reward's deciding level or above: the one rule of who decides (and of canDecide). */
    private boolean decidesAt(Reward reward) {
        return scope.covers(reward.decidingUnit);
    }

    /** A proposal still open, which the caller's unit (the deciding level or above) may close, at the version read. */
    private Reward requireProposedForDecider(long id, long version) {
        Reward reward = require(id);
        if (!decidesAt(reward)) {
            throw ApiException.forbidden("reward-deciding-level-only",
                    FieldProblem.of("decidingUnitCode", "DecidingLevelOnly", reward.decidingUnit.name));
        }
        Versions.check(reward.version, version);
        if (reward.status != Reward.Status.PROPOSED) {
            throw ApiException.conflict("reward-closed", reward.status.name());
        }
        return reward;
    }

    /** Who is rewarded, always within the proposing unit's subtree. */
    private void recipient(Reward reward, RewardProposal request, Program program, Unit proposing, List<FieldProblem> invalid) {
        if (request.recipientType() == Reward.RecipientType.INITIATIVE) {
            Initiative initiative = request.initiativeId() == null ? null : initiatives.findById(request.initiativeId());
            if (request.initiativeId() == null) {
                invalid.add(FieldProblem.of("initiativeId", "NotNull"));
            } else if (initiative == null || !initiative.program.id.equals(program.id) || !scope.covers(initiative.unit)
                    || !Unit.inSubtree(initiative.unit.path, proposing.path) || !REWARDABLE.contains(initiative.status)) {
                invalid.add(FieldProblem.of("initiativeId", "RewardableInitiative", request.initiativeId()));
            } else {
                reward.initiative = initiative;
                reward.recipientUnit = initiative.unit;
            }
            return;
        }
        if (request.recipientUnitCode() == null) {
            invalid.add(FieldProblem.of("recipientUnitCode", "NotNull"));
        } else {
            Unit unit = units.requireReferenced("recipientUnitCode", request.recipientUnitCode());
            if (!Unit.inSubtree(unit.path, proposing.path)) {
                invalid.add(FieldProblem.of("recipientUnitCode", "WithinProposingUnit", unit.code, proposing.name));
            }
            reward.recipientUnit = unit;
        }
        if (request.recipientType() == Reward.RecipientType.MEMBER) {
            if (request.memberName() == null || request.memberName().isBlank()) {
                invalid.add(FieldProblem.of("memberName", "NotBlank"));
            } else {
                reward.memberName = request.memberName().strip();
            }
        }
    }

    /** The nearest unit above the proposing one whose type decides this form; null when there is none. */
    private static Unit decidingUnit(Unit proposing, RewardForm form) {
        for (Unit above = proposing.parent; above != null; above = above.parent) {
            if (form.decidedBy.contains(above.type)) {
                return above;
            }
        }
        return null;
    }

    /** A unit's target, valid initiatives and percent in the period, when it is a unit rewarded for a period. */
    private RewardFigures figures(Reward reward) {
        if (reward.recipientType != Reward.RecipientType.UNIT || reward.period == null) {
            return null;
        }
        ProgressRow row = progress.report(new ProgressQuery(reward.program.code, reward.period.code, reward.recipientUnit.code, 0, null))
                .rows().get(0);
        return new RewardFigures(row.target(), row.valid(), row.percent());
    }

    RewardView view(Reward r) {
        return new RewardView(r.id, r.program.code, r.kind, r.period == null ? null : r.period.code, r.recipientType,
                r.recipientUnit.code, r.recipientUnit.name, r.memberName, r.initiative == null ? null : r.initiative.id,
                r.initiative == null ? null : r.initiative.title, r.form, r.form.title, r.proposingUnit.code,
                r.decidingUnit.code, r.decidingUnit.name, r.reason, r.figures, r.status, r.proposedBy, r.proposedAt,
                r.decisionNumber, r.decisionDate, r.decidedBy, r.decidedAt, r.rejectionReason, r.version,
                r.status == Reward.Status.PROPOSED && decidesAt(r));
    }
}
