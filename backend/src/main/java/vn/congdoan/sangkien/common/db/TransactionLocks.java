package vn.congdoan.sangkien.common.db;

import jakarta.enterprise.context.ApplicationScoped;
import org.jdbi.v3.core.Jdbi;

/**
 * Named locks across instances: PostgreSQL advisory locks held until the caller's transaction ends. For work that
 * must run once however many instances start at the same moment (the reference data's first load).
 */
@ApplicationScoped
public class TransactionLocks {

    private static final String LOCK = SqlFiles.of(TransactionLocks.class, "lock");

    private final Jdbi jdbi;

    public TransactionLocks(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Waits until no other transaction holds the lock {@code name}, then holds it until this one commits or rolls back. */
    public void lock(String name) {
        jdbi.useHandle(h -> h.createQuery(LOCK).bind("name", name).mapTo(Integer.class).one());
    }
}
