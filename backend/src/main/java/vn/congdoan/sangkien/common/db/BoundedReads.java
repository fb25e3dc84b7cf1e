package vn.congdoan.sangkien.common.db;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * A read that is worth having only if it is quick (a suggestion beside a write): it runs under its own statement
 * timeout and, if PostgreSQL cancels it, the caller gets the fallback instead of an error. Inside the caller's
 * transaction it runs in a savepoint that is rolled back afterwards, so a cancelled read never aborts the write
 * around it and the timeout (SET LOCAL) ends with the savepoint; outside one, in a short transaction of its own.
 */
public final class BoundedReads {

    private static final Logger LOG = Logger.getLogger(BoundedReads.class);
    private static final String QUERY_CANCELED = "57014";
    private static final String SAVEPOINT = "bounded_read";

    private BoundedReads() {
    }

    /** The read's result, or {@code fallback}'s when it takes longer than {@code limit}; {@code what} names it in the log. */
    public static <T> T within(Jdbi jdbi, Duration limit, String what, HandleCallback<T, RuntimeException> read,
                               Supplier<T> fallback) {
        return jdbi.withHandle(h -> h.isInTransaction() ? inSavepoint(h, limit, what, read, fallback)
                : h.inTransaction(tx -> inSavepoint(tx, limit, what, read, fallback)));
    }

    private static <T> T inSavepoint(Handle h, Duration limit, String what, HandleCallback<T, RuntimeException> read,
                                     Supplier<T> fallback) {
        h.execute("savepoint " + SAVEPOINT);
        try {
            h.execute("set local statement_timeout = " + Math.max(1, limit.toMillis()));
            return read.withHandle(h);
        } catch (RuntimeException e) {
            if (!canceled(e)) {
                throw e;
            }
            LOG.warnf("%s left out: it took longer than %d ms", what, limit.toMillis());
            return fallback.get();
        } finally {
            // Undoes the timeout too (a setting made in a savepoint ends with it); the read wrote nothing.
            h.execute("rollback to savepoint " + SAVEPOINT);
            h.execute("release savepoint " + SAVEPOINT);
        }
    }

    private static boolean canceled(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
