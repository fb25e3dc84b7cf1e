package vn.congdoan.sangkien.initiative;

import jakarta.enterprise.context.ApplicationScoped;
import vn.congdoan.sangkien.outbox.EventKind;
import vn.congdoan.sangkien.outbox.Outbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outbox events of a dossier's steps, written in the step's transaction: what the notifications and webhooks need
 * to tell it without reading the dossier again (its title and unit, who filed it, the linked authors, the reason).
 */
@ApplicationScoped
public class DossierEvents {

    private final Outbox outbox;

    public DossierEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** A step into {@code to}, when that step is worth telling (the start of a review is told as an assignment). */
    void stepped(Initiative initiative, InitiativeStatus from, InitiativeStatus to, String actor, String reason) {
        kindOf(to).ifPresent(kind -> {
            Map<String, Object> data = of(initiative);
            data.put("fromStatus", from.name());
            data.put("toStatus", to.name());
            data.put("reason", reason);
            outbox.record(kind, initiative.unit.id, initiative.id, actor, data);
        });
    }

    /** An event about one dossier by another feature (an evaluator assigned, a score sheet). */
    public void record(EventKind kind, Initiative initiative, String actor, Map<String, Object> more) {
        Map<String, Object> data = of(initiative);
        data.putAll(more);
        outbox.record(kind, initiative.unit.id, initiative.id, actor, data);
    }

    private static Map<String, Object> of(Initiative initiative) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("initiativeId", initiative.id);
        data.put("title", initiative.title);
        data.put("receiptNumber", initiative.receiptNumber);
        data.put("programCode", initiative.program.code);
        data.put("unitCode", initiative.unit.code);
        data.put("unitName", initiative.unit.name);
        data.put("unitPath", initiative.unit.path);
        data.put("status", initiative.status.name());
        data.put("filer", initiative.createdBy);
        List<String> linked = initiative.authors.stream().map(a -> a.account).filter(Objects::nonNull).distinct().toList();
        data.put("linkedAccounts", linked);
        return data;
    }

    private static Optional<EventKind> kindOf(InitiativeStatus to) {
        return Optional.ofNullable(switch (to) {
            case SUBMITTED -> EventKind.DOSSIER_SUBMITTED;
            case RETURNED -> EventKind.DOSSIER_RETURNED;
            case RECOGNISED -> EventKind.DOSSIER_RECOGNISED;
            case REFUSED -> EventKind.DOSSIER_REFUSED;
            case VALID -> EventKind.DOSSIER_VALIDATED;
            default -> null;
        });
    }
}
