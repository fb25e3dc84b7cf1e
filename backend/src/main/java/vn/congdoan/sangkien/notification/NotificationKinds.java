package vn.congdoan.sangkien.notification;

import vn.congdoan.sangkien.outbox.EventKind;

/** Per kind of event, whether a person who never chose gets it by mail too. */
final class NotificationKinds {

    private NotificationKinds() {
    }

    /** By mail unless chosen otherwise, but a score sheet (one per evaluator: many) and a quota edit (often several). */
    static boolean emailByDefault(EventKind kind) {
        return kind != EventKind.DOSSIER_SCORED && kind != EventKind.QUOTA_CHANGED;
    }
}
