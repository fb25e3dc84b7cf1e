package vn.congdoan.sangkien.initiative;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.congdoan.sangkien.common.Versions;
import vn.congdoan.sangkien.common.db.Timestamps;
import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.common.error.FieldProblem;
import vn.congdoan.sangkien.common.text.VietnamClock;
import vn.congdoan.sangkien.initiative.InitiativeDtos.InitiativeView;
import vn.congdoan.sangkien.initiative.InitiativeRules.DateBound;
import vn.congdoan.sangkien.initiative.LifecycleDtos.ReasonRequest;
import vn.congdoan.sangkien.initiative.LifecycleDtos.RecognitionRequest;
import vn.congdoan.sangkien.initiative.LifecycleDtos.TransitionRequest;
import vn.congdoan.sangkien.program.ProgramService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static vn.congdoan.sangkien.initiative.InitiativeStatus.RECOGNISED;
import static vn.congdoan.sangkien.initiative.InitiativeStatus.REFUSED;
import static vn.congdoan.sangkien.initiative.InitiativeStatus.RETURNED;
import static vn.congdoan.sangkien.initiative.InitiativeStatus.SUBMITTED;
import static vn.congdoan.sangkien.initiative.InitiativeStatus.UNDER_REVIEW;
import static vn.congdoan.sangkien.initiative.InitiativeStatus.VALID;

/**
 * The dossier's lifecycle (docs/architecture.md, "Counting rule and lifecycle"): draft → submitted → under review → recognised | refused, returned for
 * more information on the way, then the union's check: valid (counts) or returned. Each step only from the right
 * state and by the right people, recorded with who, when and why. An officer bringing in a paper record gives a step
 * the day it really happened (occurredOn): reports "as of" a day and the dossier's dates follow it, the history keeps
 * both it and when and by whom the step was entered.
 */
@ApplicationScoped
public class LifecycleService {

    private final InitiativeService initiatives;
    private final InitiativeAccess access;
    private final InitiativeEventRepository events;
    private final ReceiptNumbers receipts;
    private final CouncilReview council;
    private final FourEyes fourEyes;
    private final InitiativeRules rules;
    private final ProgramService programs;
    private final DossierEvents told;

    public LifecycleService(InitiativeService initiatives, InitiativeAccess access, InitiativeEventRepository events,
                            ReceiptNumbers receipts, CouncilReview council, FourEyes fourEyes, InitiativeRules rules,
                            ProgramService programs, DossierEvents told) {
        this.told = told;
        this.fourEyes = fourEyes;
        this.rules = rules;
        this.programs = programs;
        this.initiatives = initiatives;
        this.access = access;
        this.events = events;
        this.receipts = receipts;
        this.council = council;
    }

    /** Files the dossier: it gets its receipt number and date (the real one of a paper record, else today) the first time. */
    @Transactional
    public InitiativeView submit(long id, TransitionRequest request) {
        Initiative initiative = load(id, request.version(), LifecycleStep.SUBMIT);
        initiatives.requireEditable(initiative);
        LocalDate occurredOn = checkedStepDate(initiative, request.occurredOn(),
                new DateBound("NotBeforeFiling", initiative.filedOn));
        List<FieldProblem> missing = new ArrayList<>();
        requireText(initiative.addressee, "addressee", missing);
        requireText(initiative.solution, "solution", missing);
        if (!missing.isEmpty()) {
            throw ApiException.invalid(missing);
        }
        // The receipt's number and date belong to the first filing: a returned dossier sent again keeps both, so a
        // decision already taken on it (the union returns a recognised one) is not dated "before submission".
        if (initiative.receiptNumber == null) {
            initiative.receiptNumber = receipts.next(initiative, initiative.filedOn.getYear());
        }
        if (initiative.submittedOn == null) {
            initiative.submittedOn = occurredOn != null ? occurredOn : VietnamClock.today();
        }
        return move(initiative, SUBMITTED, request.note(), occurredOn);
    }

    /**
     * The council starts reviewing: called when evaluators are assigned, by an officer of the dossier's unit.
     *
     * @param occurredOn the day the council really took the dossier (a paper record), null for today; unused when the
     *                   dossier is already under review
     */
    @Transactional
    public void startReview(Initiative initiative, LocalDate occurredOn) {
        requireState(initiative, EnumSet.of(SUBMITTED, UNDER_REVIEW));
        if (initiative.status == SUBMITTED) { // more evaluators for a dossier under review: no step, no date
            move(initiative, UNDER_REVIEW, null, checkedStepDate(initiative, occurredOn, null));
        }
    }

    @Transactional
    public InitiativeView returnForInformation(long id, ReasonRequest request) {
        Initiative initiative = load(id, request.version(), LifecycleStep.RETURN);
        access.requireOfficer(initiative);
        LocalDate occurredOn = checkedStepDate(initiative, request.occurredOn(), null);
        InitiativeEvent returned = events.record(initiative, initiative.status, RETURNED, access.actor(), request.reason(),
                occurredOn);
        if (initiative.status == RECOGNISED) {
            withdrawDecision(initiative, returned);
        }
        told.stepped(initiative, initiative.status, RETURNED, returned.actor, returned.reason);
        return moved(initiative, RETURNED);
    }

    /**
     * A recognised dossier returned for more information no longer carries its decision: the decision goes into the
     * return's step of its history, so searches by grade or decision find only dossiers that are recognised.
     */
    private void withdrawDecision(Initiative initiative, InitiativeEvent returned) {
        returned.withdrawnRecognitionBody = initiative.recognitionBody;
        returned.withdrawnDecisionNumber = initiative.decisionNumber;
        returned.withdrawnDecisionDate = initiative.decisionDate;
        returned.withdrawnImpactLevel = initiative.impactLevel;
        returned.withdrawnGrade = initiative.grade;
        initiative.recognitionBody = null;
        initiative.decisionNumber = null;
        initiative.decisionDate = null;
        initiative.impactLevel = null;
        initiative.grade = null;
    }

    @Transactional
    public InitiativeView recognise(long id, RecognitionRequest request) {
        Initiative initiative = load(id, request.version(), LifecycleStep.RECOGNISE);
        requireDecider(initiative);
        if (initiative.submittedOn != null && request.decisionDate().isBefore(initiative.submittedOn)) {
            throw ApiException.invalid(FieldProblem.of("decisionDate", "NotBeforeSubmission"));
        }
        LocalDate occurredOn = checkedStepDate(initiative, request.occurredOn(),
                new DateBound("NotBeforeDecision", request.decisionDate()));
        String grade = request.grade() != null ? request.grade() : council.proposedGrade(initiative).orElse(null);
        initiative.recognitionBody = request.recognitionBody().strip();
        initiative.decisionNumber = request.decisionNumber().strip();
        initiative.decisionDate = request.decisionDate();
        initiative.impactLevel = request.impactLevel();
        initiative.grade = grade;
        initiative.refusalReasons = null;
        return move(initiative, RECOGNISED, "Quyết định " + initiative.decisionNumber, occurredOn);
    }

    @Transactional
    public InitiativeView refuse(long id, ReasonRequest request) {
        Initiative initiative = load(id, request.version(), LifecycleStep.REFUSE);
        requireDecider(initiative);
        LocalDate occurredOn = checkedStepDate(initiative, request.occurredOn(), null);
        initiative.refusalReasons = request.reason().strip();
        // the history says what the dossier shows
        return move(initiative, REFUSED, initiative.refusalReasons, occurredOn);
    }

    /** The union's check of a recognised initiative: from now on it counts toward the quotas. */
    @Transactional
    public InitiativeView validate(long id, TransitionRequest request) {
        Initiative initiative = load(id, request.version(), LifecycleStep.VALIDATE);
        requireDecider(initiative);
        return move(initiative, VALID, request.note(), checkedStepDate(initiative, request.occurredOn(), null));
    }

    private Initiative load(long id, Long version, LifecycleStep step) {
        Initiative initiative = initiatives.require(id);
        Versions.check(initiative.version, version);
        requireState(initiative, step.from());
        return initiative;
    }

    /** A decision: an officer of the dossier's unit who neither filed nor wrote it (404 outside scope, then 403). */
    private void requireDecider(Initiative initiative) {
        access.requireOfficer(initiative);
        fourEyes.require(initiative);
    }

    private static void requireState(Initiative initiative, Set<InitiativeStatus> allowedFrom) {
        if (!allowedFrom.contains(initiative.status)) {
            throw ApiException.conflict("transition-not-allowed", initiative.status, allowedFrom);
        }
    }

    /**
     * The real date a step was given (a paper record brought in), checked; null when none was given or it is today: the
     * step happened the day it is entered, as any step does. Only an officer of the dossier's unit dates a step (a member
     * filing their own dossier: 403).
     */
    private LocalDate checkedStepDate(Initiative initiative, LocalDate occurredOn, DateBound notBefore) {
        if (occurredOn == null) {
            return null;
        }
        if (!access.isOfficerOf(initiative)) {
            throw ApiException.forbidden("step-date-officers-only", FieldProblem.of("occurredOn", "StepDateOfficersOnly"));
        }
        if (occurredOn.equals(VietnamClock.today())) {
            return null;
        }
        LocalDate previous = events.lastStep(initiative.id).map(InitiativeEvent::happenedOn).orElse(null);
        List<FieldProblem> problems = rules.checkStepDate(occurredOn, programs.periodsOf(initiative.program), previous, notBefore);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        return occurredOn;
    }

    private InitiativeView move(Initiative initiative, InitiativeStatus to, String reason, LocalDate occurredOn) {
        InitiativeEvent step = events.record(initiative, initiative.status, to, access.actor(), reason, occurredOn);
        told.stepped(initiative, initiative.status, to, step.actor, step.reason);
        return moved(initiative, to);
    }

    /** After its step is recorded: the dossier takes its new status. */
    private InitiativeView moved(Initiative initiative, InitiativeStatus to) {
        initiative.status = to;
        initiative.updatedAt = Timestamps.now();
        events.flush(); // a concurrent step on the same dossier fails here: 409
        return initiatives.view(initiative);
    }

    private static void requireText(String value, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "RequiredToSubmit"));
        }
    }
}
