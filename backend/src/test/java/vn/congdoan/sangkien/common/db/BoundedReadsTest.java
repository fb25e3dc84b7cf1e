package vn.congdoan.sangkien.common.db;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A suggestion that takes too long is left out, and the write around it goes on as if it had not been asked for. */
@QuarkusTest
class BoundedReadsTest {

    private static final Duration LIMIT = Duration.ofMillis(200);

    @Inject
    Jdbi jdbi;

    @Test
    void aSlowReadInsideATransactionGivesTheFallbackAndTheTransactionCommitsItsWrites() {
        String table = "bounded_reads_" + System.nanoTime();
        jdbi.useHandle(h -> h.execute("create table " + table + " (n int)"));
        try {
            List<String> seen = QuarkusTransaction.requiringNew().call(() -> {
                jdbi.useHandle(h -> h.execute("insert into " + table + " values (1)"));
                String slow = BoundedReads.within(jdbi, LIMIT, "A slow read",
                        h -> h.createQuery("select 'late' from pg_sleep(2)").mapTo(String.class).one(), () -> "left out");
                String quick = BoundedReads.within(jdbi, LIMIT, "A quick read",
                        h -> h.createQuery("select 'in time'").mapTo(String.class).one(), () -> "left out");
                jdbi.useHandle(h -> h.execute("insert into " + table + " values (2)"));
                String timeoutAfter = jdbi.withHandle(h -> h.createQuery("show statement_timeout").mapTo(String.class).one());
                return List.of(slow, quick, timeoutAfter);
            });
            assertEquals(List.of("left out", "in time", "0"), seen, "the limit applies to the bounded read only");
            assertEquals(Integer.valueOf(2), jdbi.withHandle(h -> h.createQuery("select count(*)::int from " + table).mapTo(Integer.class).one()),
                    "both writes of the transaction were committed");
        } finally {
            jdbi.useHandle(h -> h.execute("drop table " + table));
        }
    }

    @Test
    void outsideATransactionTheLimitDoesNotStayOnThePooledConnection() {
        assertEquals("left out", BoundedReads.within(jdbi, LIMIT, "A slow read",
                h -> h.createQuery("select 'late' from pg_sleep(2)").mapTo(String.class).one(), () -> "left out"));
        for (int n = 0; n < 30; n++) { // every connection of the pool the test may be handed
            assertEquals("0", jdbi.withHandle(h -> h.createQuery("show statement_timeout").mapTo(String.class).one()));
        }
    }

    @Test
    void otherFailuresAreNotHidden() {
        assertThrows(UnableToExecuteStatementException.class, () -> BoundedReads.within(jdbi, LIMIT, "A wrong read",
                h -> h.createQuery("select 1 / 0").mapTo(Integer.class).one(), () -> 0));
    }
}
