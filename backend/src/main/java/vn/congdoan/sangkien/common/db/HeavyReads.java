package vn.congdoan.sangkien.common.db;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.HandleCallback;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

/**
 * Reports, exports and searches: on the streaming replica when one is configured (SANGKIEN_REPLICA_JDBC_URL) and it
 * has replayed every write the primary had committed when the read began, so nobody misses what they just saved
 * (waiting up to sangkien.replica.max-wait for it to get there); otherwise, and whenever the replica fails to answer,
 * on the primary. Writes and every other read stay on the
 * primary. A read routed here must not follow a write in the same transaction (none does: they are read-only
 * services). With a replica configured, the answer says where it was read: header {@value #HEADER}.
 */
@ApplicationScoped
public class HeavyReads {

    public static final String HEADER = "Sangkien-Read-From";
    private static final Logger LOG = Logger.getLogger(HeavyReads.class);
    private static final String PRIMARY_POSITION = "select pg_current_wal_lsn()::text";
    /** Null (not a standby) counts as behind: a replica address pointing at a primary is not used. */
    private static final String REPLAYED = "select coalesce(pg_last_wal_replay_lsn() >= cast(:position as pg_lsn), false)";

    private final Jdbi primary;
    private final Optional<Jdbi> replica;
    private final long pauseNanos;
    private final long maxWaitNanos;
    /** After the replica failed, it is left alone until then (System.nanoTime), instead of timing out on each read. */
    private volatile long replicaPausedUntil = System.nanoTime();

    HeavyReads(Jdbi primary, @DataSource("replica") InjectableInstance<AgroalDataSource> replicaDataSource,
               @ConfigProperty(name = "sangkien.replica.pause-after-failure", defaultValue = "10S") Duration pause,
               @ConfigProperty(name = "sangkien.replica.max-wait", defaultValue = "0.1S") Duration maxWait) {
        this.primary = primary;
        // Inactive, so absent, unless its address is set.
        this.replica = replicaDataSource.listActive().stream().findFirst().map(JdbiSetup::jdbiOn);
        this.pauseNanos = pause.toNanos();
        this.maxWaitNanos = maxWait.toNanos();
        replica.ifPresent(r -> LOG.info("Heavy reads (reports, exports, searches) use the replica when it is up to date"));
    }

    public <T> T withHandle(HandleCallback<T, RuntimeException> callback) {
        if (replica.isEmpty()) {
            return primary.withHandle(callback);
        }
        Optional<Jdbi> upToDate = replica.filter(this::caughtUp);
        tell(upToDate.isPresent() ? "replica" : "primary");
        if (upToDate.isPresent()) {
            try {
                return upToDate.get().withHandle(callback);
            } catch (JdbiException e) {
                pauseReplica(e);
                tell("primary");
            }
        }
        return primary.withHandle(callback);
    }

    private boolean caughtUp(Jdbi standby) {
        if (System.nanoTime() - replicaPausedUntil < 0) {
            return false;
        }
        String position = primary.withHandle(h -> h.createQuery(PRIMARY_POSITION).mapTo(String.class).one());
        long deadline = System.nanoTime() + maxWaitNanos;
        try {
            return standby.withHandle(h -> {
                var replayed = h.createQuery(REPLAYED).bind("position", position).mapTo(Boolean.class);
                // Under a steady stream of writes the replica is a few milliseconds behind: worth a short wait.
                while (!replayed.one()) {
                    if (System.nanoTime() - deadline > 0) {
                        return false;
                    }
                    LockSupport.parkNanos(2_000_000);
                }
                return true;
            });
        } catch (JdbiException e) {
            pauseReplica(e);
            return false;
        }
    }

    private void pauseReplica(JdbiException e) {
        replicaPausedUntil = System.nanoTime() + pauseNanos;
        LOG.warnf("The replica did not answer (%s): heavy reads go to the primary for %d s",
                e.getCause() == null ? e.getMessage() : e.getCause().getMessage(), pauseNanos / 1_000_000_000L);
    }

    private static void tell(String source) {
        if (!Arc.container().requestContext().isActive()) {
            return;
        }
        RoutingContext request = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        if (request != null && !request.response().headWritten()) {
            request.response().putHeader(HEADER, source);
        }
    }
}
