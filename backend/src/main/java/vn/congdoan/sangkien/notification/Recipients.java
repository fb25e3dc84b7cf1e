package vn.congdoan.sangkien.notification;

import com.fasterxml.jackson.databind.JsonNode;
import org.jdbi.v3.core.Handle;
import vn.congdoan.sangkien.common.db.SqlFiles;
import vn.congdoan.sangkien.outbox.OutboxEvent;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Whom an event concerns, by its kind: the officers of the dossier's (or unit's) unit for what they must act on, the
 * filer and the linked authors for what happened to their dossier, the evaluator for their assignment. Never the person
 * who caused it. Officers are those the account directory knows at the unit or, when it has none, at the nearest unit
 * above (a district runs its grassroots unions' dossiers).
 */
final class Recipients {

    private static final String OFFICERS_NEAREST = SqlFiles.of(Recipients.class, "officers-nearest");

    private Recipients() {
    }

    static Set<String> of(Handle handle, OutboxEvent event) {
        Set<String> people = new LinkedHashSet<>();
        switch (event.kind()) {
            case DOSSIER_SUBMITTED, DOSSIER_SCORED, DECISION_OVERDUE, QUOTA_CHANGED, IMPORT_COMMITTED, DEADLINE_NEAR,
                 WEEKLY_DIGEST -> people.addAll(officersNearest(handle, event.text("unitPath")));
            case DOSSIER_RETURNED, DOSSIER_RECOGNISED, DOSSIER_REFUSED, DOSSIER_VALIDATED -> {
                addIfPresent(people, event.text("filer"));
                JsonNode linked = event.data().get("linkedAccounts");
                if (linked != null) {
                    linked.forEach(account -> people.add(account.asText()));
                }
            }
            case EVALUATOR_ASSIGNED -> addIfPresent(people, event.text("evaluator"));
        }
        if (event.actor() != null) {
            people.remove(event.actor());
        }
        return people;
    }

    private static Set<String> officersNearest(Handle handle, String unitPath) {
        if (unitPath == null) {
            return Set.of();
        }
        return new LinkedHashSet<>(handle.createQuery(OFFICERS_NEAREST).bind("path", unitPath).mapTo(String.class).list());
    }

    private static void addIfPresent(Set<String> people, String username) {
        if (username != null && !username.isBlank()) {
            people.add(username);
        }
    }
}
