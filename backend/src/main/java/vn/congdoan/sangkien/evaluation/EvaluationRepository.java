package vn.congdoan.sangkien.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class EvaluationRepository implements PanacheRepositoryBase<Evaluation, Long> {

    public boolean isAssigned(long initiativeId, String evaluator) {
        return count("initiative.id = ?1 and evaluator = ?2", initiativeId, evaluator) > 0;
    }

    public List<Evaluation> ofInitiative(long initiativeId) {
        return list("initiative.id = ?1 order by assignedAt, evaluator", initiativeId);
    }

    public Optional<Evaluation> find(long initiativeId, String evaluator) {
        return find("initiative.id = ?1 and evaluator = ?2", initiativeId, evaluator).firstResultOptional();
    }

    /** An evaluator's queue: their assignments, unscored first, oldest first. */
    public List<Evaluation> assignedTo(String evaluator) {
        return list("from Evaluation e join fetch e.initiative i join fetch i.unit where e.evaluator = ?1 "
                + "order by case when e.submittedAt is null then 0 else 1 end, e.assignedAt", evaluator);
    }
}
