package vn.congdoan.sangkien.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import vn.congdoan.sangkien.initiative.CouncilReview;
import vn.congdoan.sangkien.initiative.Initiative;

import java.util.Optional;

/** The evaluation feature's answers to what the initiative feature asks of a council's review. */
@ApplicationScoped
public class CouncilReviews implements CouncilReview {

    private final EvaluationRepository evaluations;
    private final EvaluationService service;

    public CouncilReviews(EvaluationRepository evaluations, EvaluationService service) {
        this.evaluations = evaluations;
        this.service = service;
    }

    @Override
    public boolean isAssigned(long initiativeId, String evaluator) {
        return evaluations.isAssigned(initiativeId, evaluator);
    }

    @Override
    public Optional<String> proposedGrade(Initiative initiative) {
        return service.proposedGrade(initiative);
    }
}
