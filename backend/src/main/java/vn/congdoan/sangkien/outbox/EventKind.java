package vn.congdoan.sangkien.outbox;

import java.util.Locale;

/**
 * What an outbox event tells. Its CloudEvents type is {@code vn.congdoan.sangkien.<kind in lower case, dots>}, e.g.
 * {@code vn.congdoan.sangkien.dossier.submitted}; integrators subscribe to these names, so they never change.
 */
public enum EventKind {
    DOSSIER_SUBMITTED,
    DOSSIER_RETURNED,
    EVALUATOR_ASSIGNED,
    DOSSIER_SCORED,
    DOSSIER_RECOGNISED,
    DOSSIER_REFUSED,
    DOSSIER_VALIDATED,
    QUOTA_CHANGED,
    IMPORT_COMMITTED,
    DEADLINE_NEAR,
    DECISION_OVERDUE,
    WEEKLY_DIGEST;

    private static final String TYPE_PREFIX = "vn.congdoan.sangkien.";

    /** The CloudEvents type: {@code vn.congdoan.sangkien.dossier.submitted}. */
    public String cloudEventType() {
        return TYPE_PREFIX + name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
