package vn.congdoan.sangkien.common;

import vn.congdoan.sangkien.common.error.ApiException;

/** Optimistic locking seen by clients: a write carries the version it read. */
public final class Versions {

    private Versions() {
    }

    /** Refuses a write made from an older read (409) before Hibernate's own check catches a race at flush. */
    public static void check(long current, long sent) {
        if (current != sent) {
            throw ApiException.stale(sent, current);
        }
    }
}
