package vn.congdoan.sangkien.initiative.importing;

import vn.congdoan.sangkien.common.error.ApiException;

import java.sql.SQLException;

/**
 * What PostgreSQL refused during an import, as the API answers it. The COPY runs on the driver, not through
 * Hibernate, so the shared mapper does not see these as constraint violations: a key or reference another request
 * took or removed meanwhile is the same 409 as elsewhere; anything else stays a failure to fix (500).
 */
final class ImportFailures {

    private ImportFailures() {
    }

    static RuntimeException of(Exception e) {
        if (e instanceof ApiException api) {
            return api;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                switch (sql.getSQLState()) {
                    case "23505" -> {
                        return ApiException.conflict("duplicate");
                    }
                    case "23503" -> {
                        return ApiException.conflict("conflict");
                    }
                    case "40001", "40P01", "55P03" -> {
                        return ApiException.conflict("concurrent-update");
                    }
                    default -> {
                        // not a lost race
                    }
                }
            }
        }
        return e instanceof RuntimeException runtime ? runtime : new IllegalStateException("import failed", e);
    }
}
