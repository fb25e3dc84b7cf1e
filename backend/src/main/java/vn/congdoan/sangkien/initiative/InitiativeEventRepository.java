package vn.congdoan.sangkien.initiative;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.congdoan.sangkien.common.db.Timestamps;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class InitiativeEventRepository implements PanacheRepositoryBase<InitiativeEvent, Long> {

    public InitiativeEvent record(Initiative initiative, InitiativeStatus from, InitiativeStatus to, String actor, String reason) {
        return record(initiative, from, to, actor, reason, null);
    }

    /** @param occurredOn the day the step really happened, when given (a paper record); null: today */
    public InitiativeEvent record(Initiative initiative, InitiativeStatus from, InitiativeStatus to, String actor, String reason,
                                  LocalDate occurredOn) {
        InitiativeEvent event = new InitiativeEvent();
        event.initiative = initiative;
        event.fromStatus = from;
        event.toStatus = to;
        event.actor = actor;
        event.at = Timestamps.now();
        event.occurredOn = occurredOn;
        event.reason = reason == null || reason.isBlank() ? null : reason.strip();
        event.programId = initiative.program.id;
        event.unitId = initiative.unit.id;
        event.firstAppliedOn = initiative.firstAppliedOn;
        event.estimatedValueVnd = initiative.estimatedValueVnd;
        event.field = initiative.field;
        event.solutionType = initiative.solutionType;
        // a dossier returned for more information loses its decision with this very step (LifecycleService)
        boolean decided = to == InitiativeStatus.RECOGNISED || to == InitiativeStatus.VALID;
        event.impactLevel = decided ? initiative.impactLevel : null;
        event.grade = decided ? initiative.grade : null;
        persist(event);
        return event;
    }

    public List<InitiativeEvent> ofInitiative(long initiativeId) {
        return list("initiative.id = ?1 order by at, id", initiativeId);
    }

    /** The dossier's last step since it was created (its creation as a draft is no step in the real world). */
    public Optional<InitiativeEvent> lastStep(long initiativeId) {
        return find("initiative.id = ?1 and toStatus <> ?2 order by at desc, id desc", initiativeId, InitiativeStatus.DRAFT)
                .firstResultOptional();
    }
}
