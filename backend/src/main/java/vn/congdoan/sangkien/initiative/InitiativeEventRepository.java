package vn.congdoan.sangkien.initiative;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.congdoan.sangkien.common.db.Timestamps;

import java.util.List;

@ApplicationScoped
public class InitiativeEventRepository implements PanacheRepositoryBase<InitiativeEvent, Long> {

    public InitiativeEvent record(Initiative initiative, InitiativeStatus from, InitiativeStatus to, String actor, String reason) {
        InitiativeEvent event = new InitiativeEvent();
        event.initiative = initiative;
        event.fromStatus = from;
        event.toStatus = to;
        event.actor = actor;
        event.at = Timestamps.now();
        event.reason = reason == null || reason.isBlank() ? null : reason.strip();
        event.programId = initiative.program.id;
        event.unitId = initiative.unit.id;
        event.firstAppliedOn = initiative.firstAppliedOn;
        event.estimatedValueVnd = initiative.estimatedValueVnd;
        persist(event);
        return event;
    }

    public List<InitiativeEvent> ofInitiative(long initiativeId) {
        return list("initiative.id = ?1 order by at, id", initiativeId);
    }
}
