package vn.congdoan.sangkien.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.congdoan.sangkien.common.Versions;
import vn.congdoan.sangkien.common.db.Timestamps;
import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.common.error.FieldProblem;
import vn.congdoan.sangkien.common.text.SearchText;
import vn.congdoan.sangkien.evaluation.EvaluationDtos.AssignmentRequest;
import vn.congdoan.sangkien.evaluation.EvaluationDtos.EvaluationResult;
import vn.congdoan.sangkien.evaluation.EvaluationDtos.ReviewTask;
import vn.congdoan.sangkien.evaluation.EvaluationDtos.ScoreSheetView;
import vn.congdoan.sangkien.evaluation.EvaluationDtos.ScoreSheetWrite;
import vn.congdoan.sangkien.initiative.DossierEvents;
import vn.congdoan.sangkien.initiative.Initiative;
import vn.congdoan.sangkien.initiative.InitiativeAccess;
import vn.congdoan.sangkien.initiative.InitiativeService;
import vn.congdoan.sangkien.initiative.InitiativeStatus;
import vn.congdoan.sangkien.initiative.LifecycleService;
import vn.congdoan.sangkien.outbox.EventKind;
import vn.congdoan.sangkien.security.CurrentUser;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The council's work on a dossier: officers assign evaluators from a council covering the dossier's unit (never
 * an author, never the filer), each evaluator fills one score sheet, and the sheets are averaged into a result.
 */
@ApplicationScoped
public class EvaluationService {

    private final EvaluationRepository evaluations;
    private final CouncilMemberRepository council;
    private final RubricService rubrics;
    private final ScoringRules rules;
    private final InitiativeService initiatives;
    private final InitiativeAccess access;
    private final LifecycleService lifecycle;
    private final CurrentUser user;
    private final DossierEvents told;

    public EvaluationService(EvaluationRepository evaluations, CouncilMemberRepository council, RubricService rubrics,
                             ScoringRules rules, InitiativeService initiatives, InitiativeAccess access,
                             LifecycleService lifecycle, CurrentUser user, DossierEvents told) {
        this.told = told;
        this.evaluations = evaluations;
        this.council = council;
        this.rubrics = rubrics;
        this.rules = rules;
        this.initiatives = initiatives;
        this.access = access;
        this.lifecycle = lifecycle;
        this.user = user;
    }

    /** Assigns evaluators; the dossier goes under review. */
    @Transactional
    public EvaluationResult assign(long initiativeId, AssignmentRequest request) {
        Initiative initiative = initiatives.require(initiativeId);
        access.requireOfficer(initiative);
        Versions.check(initiative.version, request.version());
        Rubric rubric = rubrics.requireReferenced("rubricCode", request.rubricCode());
        List<FieldProblem> invalid = new ArrayList<>();
        List<FieldProblem> conflicts = new ArrayList<>();
        List<CouncilMember> seats = new ArrayList<>();
        for (int i = 0; i < request.evaluators().size(); i++) {
            String field = "evaluators[" + i + "]";
            Optional<CouncilMember> seat = council.seatCovering(initiative.unit, request.evaluators().get(i).strip());
            if (seat.isEmpty()) {
                invalid.add(FieldProblem.of(field, "CouncilMember", request.evaluators().get(i), initiative.unit.name));
            } else if (conflictOfInterest(initiative, seat.get().username, seat.get().fullName)) {
                conflicts.add(FieldProblem.of(field, "ConflictOfInterest", seat.get().fullName));
            } else {
                seats.add(seat.get());
            }
        }
        if (!invalid.isEmpty()) {
            throw ApiException.invalid(invalid);
        }
        if (!conflicts.isEmpty()) {
            throw ApiException.rule("conflict-of-interest", conflicts);
        }
        for (CouncilMember seat : seats) {
            if (evaluations.find(initiative.id, seat.username).isEmpty()) {
                Evaluation evaluation = new Evaluation();
                evaluation.initiative = initiative;
                evaluation.rubric = rubric;
                evaluation.evaluator = seat.username;
                evaluation.evaluatorName = seat.fullName;
                evaluation.assignedBy = access.actor();
                evaluation.assignedAt = Timestamps.now();
                evaluations.persist(evaluation);
                told.record(EventKind.EVALUATOR_ASSIGNED, initiative, evaluation.assignedBy,
                        Map.of("evaluator", seat.username));
            }
        }
        lifecycle.startReview(initiative, request.occurredOn());
        return result(initiative);
    }

    /** The caller's own score sheet on a dossier assigned to them. */
    @Transactional
    public ScoreSheetView score(long initiativeId, ScoreSheetWrite request) {
        Evaluation evaluation = evaluations.find(initiativeId, user.username())
                .orElseThrow(() -> ApiException.notFound("initiative", initiativeId));
        Initiative initiative = evaluation.initiative;
        if (initiative.status != InitiativeStatus.UNDER_REVIEW) {
            throw ApiException.conflict("scoring-closed", initiative.status);
        }
        if (conflictOfInterest(initiative, evaluation.evaluator, evaluation.evaluatorName)) {
            throw ApiException.rule("conflict-of-interest", List.of(FieldProblem.of("evaluator", "ConflictOfInterest", evaluation.evaluatorName)));
        }
        Versions.check(evaluation.version, request.version());
        List<FieldProblem> problems = rules.checkSheet(evaluation.rubric, request.scores());
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        evaluation.scores.clear();
        evaluation.scores.putAll(request.scores());
        evaluation.comment = request.comment();
        evaluation.submittedAt = Timestamps.now();
        evaluations.flush();
        told.record(EventKind.DOSSIER_SCORED, initiative, evaluation.evaluator, Map.of("evaluator", evaluation.evaluator));
        return sheet(evaluation);
    }

    /** Officers see every sheet and the result; an evaluator sees only their own sheet. */
    public EvaluationResult result(long initiativeId) {
        Initiative initiative = initiatives.require(initiativeId);
        if (access.isOfficerOf(initiative)) {
            return result(initiative);
        }
        Evaluation own = evaluations.find(initiativeId, user.username()).orElseThrow(() -> ApiException.notFound("initiative", initiativeId));
        return new EvaluationResult(initiative.id, initiative.status, own.rubric.code, 1, own.submittedAt == null ? 0 : 1,
                Map.of(), null, false, null, List.of(sheet(own)));
    }

    public List<ReviewTask> queue() {
        return evaluations.assignedTo(user.username()).stream()
                .map(e -> new ReviewTask(e.initiative.id, e.initiative.title, e.initiative.unit.name, e.initiative.status,
                        e.initiative.receiptNumber, e.assignedAt, e.submittedAt, e.version))
                .toList();
    }

    public Optional<String> proposedGrade(Initiative initiative) {
        List<Evaluation> sheets = submitted(initiative);
        return sheets.isEmpty() ? Optional.empty()
                : rules.grade(sheets.get(0).rubric, rules.averages(sheets.get(0).rubric, sheets.stream().map(e -> e.scores).toList()));
    }

    private EvaluationResult result(Initiative initiative) {
        List<Evaluation> all = evaluations.ofInitiative(initiative.id);
        List<Evaluation> submitted = all.stream().filter(e -> e.submittedAt != null).toList();
        Rubric rubric = all.isEmpty() ? null : all.get(0).rubric;
        Map<String, BigDecimal> averages = rubric == null ? new LinkedHashMap<>()
                : rules.averages(rubric, submitted.stream().map(e -> e.scores).toList());
        boolean passed = rubric != null && rules.passed(rubric, averages);
        String grade = rubric == null ? null : rules.grade(rubric, averages).orElse(null);
        return new EvaluationResult(initiative.id, initiative.status, rubric == null ? null : rubric.code, all.size(),
                submitted.size(), averages, averages.isEmpty() ? null : rules.total(averages), passed, grade,
                all.stream().map(this::sheet).toList());
    }

    private List<Evaluation> submitted(Initiative initiative) {
        return evaluations.ofInitiative(initiative.id).stream().filter(e -> e.submittedAt != null).toList();
    }

    private ScoreSheetView sheet(Evaluation e) {
        return new ScoreSheetView(e.evaluator, e.evaluatorName, e.rubric.code, e.assignedAt, e.submittedAt,
                new LinkedHashMap<>(e.scores), e.submittedAt == null ? null : rules.total(e.scores), e.comment, e.version);
    }

    /**
     * No author or co-author scores their own initiative (named with the evaluator's name, or linked to their account),
     * nor does the person who filed it.
     */
    private static boolean conflictOfInterest(Initiative initiative, String username, String fullName) {
        Set<String> authors = initiative.authors.stream().map(a -> SearchText.fold(a.fullName)).collect(Collectors.toSet());
        return username.equals(initiative.createdBy) || authors.contains(SearchText.fold(fullName))
                || initiative.authors.stream().anyMatch(a -> username.equals(a.account));
    }
}
