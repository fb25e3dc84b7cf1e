package vn.congdoan.sangkien.common.error;

import org.hibernate.exception.JDBCConnectionException;
import org.jdbi.v3.core.ConnectionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;

/**
 * The one place that tells "the database cannot be reached now" (a restart, an outage, a pool that cannot get a
 * connection in time) from every other database error. Such a failure is the server's 503 with Retry-After, not a 500:
 * nothing is wrong with the request, it may be sent again in a few seconds; the pool drops the broken connections and
 * makes new ones once PostgreSQL answers (application.properties, "Database").
 */
public final class DatabaseUnavailable {

    /**
     * PostgreSQL's SQLSTATEs besides class 08 (connection exception): the server is shutting down or starting
     * (admin_shutdown, crash_shutdown, cannot_connect_now) or takes no more connections (too_many_connections).
     */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseUnavailable() {
    }

    /** Whether {@code error}, or anything it was caused by, says the database cannot be reached. */
    public static boolean causedBy(Throwable error) {
        return why(error).isPresent();
    }

    /** The innermost message that says so (a driver's or the pool's, never a row's values), if one does. */
    public static Optional<String> why(Throwable error) {
        String why = null;
        int depth = 0;
        for (Throwable cause = error; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (unreachable(cause)) {
                why = cause.getMessage(); // keep going: the innermost one is the most precise
            }
        }
        return Optional.ofNullable(why);
    }

    private static boolean unreachable(Throwable cause) {
        if (cause instanceof JDBCConnectionException || cause instanceof ConnectionException
                || cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof ConnectException) {
            return true;
        }
        if (cause instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null) {
                return state.startsWith("08") || STATES.contains(state);
            }
            // Agroal's pool says it could get no connection in time with a plain SQLException, without a state.
            String message = sql.getMessage();
            return message != null && (message.startsWith("Acquisition timeout") || message.startsWith("Sorry, acquisition timeout"));
        }
        return false;
    }
}
