package vn.congdoan.sangkien.common.db;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Cache;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.jboss.logging.Logger;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps Hibernate's second-level cache right when several instances share one database. Each instance caches some
 * entities (programmes and periods: {@code @Cacheable}) and query results listing them; a change made through another
 * instance, or by SQL, would stay invisible here until restart. Triggers on those tables (V16) send
 * {@code pg_notify('sangkien_cache', '<table>:<id>')} when a change commits; this listener, on a connection of its own
 * (not the pool's), drops that entity and every cached query result. It drops the entity a second time a moment later:
 * a request here that read the old row just before the other instance committed may put it into the cache just after
 * the first eviction. Notifications sent while it was not listening are lost, so on every (re)connect it empties the
 * whole second-level cache. The tables that notify are the migration's choice; the table's entity is found in
 * Hibernate's mapping, so this class knows no feature.
 */
@ApplicationScoped
public class CacheInvalidation {

    static final String CHANNEL = "sangkien_cache";
    private static final Logger LOG = Logger.getLogger(CacheInvalidation.class);
    /** How long a wait for notifications lasts before the loop looks at its other duties (second evictions, stop). */
    private static final int POLL_MILLIS = 250;
    /** The second eviction of an entity, after a request that read the old row has surely put it into the cache. */
    private static final long AGAIN_AFTER_NANOS = TimeUnit.SECONDS.toNanos(2);
    /** A silent connection is checked this often: a server gone without closing the socket sends no notification. */
    private static final long CHECK_AFTER_NANOS = TimeUnit.SECONDS.toNanos(15);
    private static final long RETRY_MILLIS = 1_000;

    private final SessionFactory sessionFactory;
    private final String url;
    private final Optional<String> username;
    private final Optional<String> password;
    private final AtomicLong evictions = new AtomicLong();
    private final CountDownLatch listening = new CountDownLatch(1);
    private volatile boolean running;
    private Thread thread;
    private Map<String, String> entityByTable;

    public CacheInvalidation(SessionFactory sessionFactory, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.sessionFactory = sessionFactory;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    void start(@Observes @Priority(1) StartupEvent event) {
        entityByTable = cachedEntitiesByTable();
        running = true;
        thread = new Thread(this::run, "cache-invalidation");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        }
    }

    /** Entities evicted since start, for tests: a notification was heard and acted on. */
    public long evictions() {
        return evictions.get();
    }

    /** Waits until the listener has connected once (tests). */
    public boolean awaitListening(long timeout, TimeUnit unit) throws InterruptedException {
        return listening.await(timeout, unit);
    }

    private Map<String, String> cachedEntitiesByTable() {
        Map<String, String> byTable = new HashMap<>();
        sessionFactory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel().forEachEntityDescriptor(entity -> {
            if (entity.canReadFromCache()) {
                byTable.put(unqualified(entity.getMappedTableDetails().getTableName()), entity.getEntityName());
            }
        });
        return Map.copyOf(byTable);
    }

    private static String unqualified(String table) {
        return table.substring(table.lastIndexOf('.') + 1).replace("\"", "").toLowerCase(Locale.ROOT);
    }

    private void run() {
        while (running) {
            try (Connection connection = connect()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                // Whatever changed while nobody here listened (before the first start too, in a cache warmed since).
                sessionFactory.getCache().evictAllRegions();
                LOG.debugf("Listening for cache invalidations on %s", CHANNEL);
                listening.countDown();
                listen(connection);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Cache invalidation lost its database connection (%s); reconnecting", e.getMessage());
                    pause();
                }
            }
        }
    }

    /** The driver itself rather than DriverManager, which looks drivers up through the class loader of its caller. */
    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("ApplicationName", "sangkien cache invalidation");
        Connection connection = new Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL address: " + url);
        }
        return connection;
    }

    private void listen(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        List<Pending> again = new ArrayList<>();
        long quietSince = System.nanoTime();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
            long now = System.nanoTime();
            if (notifications != null && notifications.length > 0) {
                quietSince = now;
                for (PGNotification notification : notifications) {
                    Pending pending = evict(notification.getParameter());
                    if (pending != null) {
                        again.add(new Pending(pending.entity(), pending.id(), now + AGAIN_AFTER_NANOS));
                    }
                }
            } else if (now - quietSince > CHECK_AFTER_NANOS) {
                if (!connection.isValid(5)) {
                    throw new SQLException("the connection is no longer valid");
                }
                quietSince = now;
            }
            again.removeIf(pending -> {
                if (now - pending.due() < 0) {
                    return false;
                }
                drop(pending.entity(), pending.id());
                return true;
            });
        }
    }

    /** Drops what a notification '<table>:<id>' names; answers the entity to drop again later, or null. */
    private Pending evict(String payload) {
        Cache cache = sessionFactory.getCache();
        int colon = payload.lastIndexOf(':');
        String entity = colon < 0 ? null : entityByTable.get(payload.substring(0, colon));
        if (entity == null) {
            cache.evictQueryRegions(); // a new, deleted or changed row can change any cached list of them
            return null;
        }
        long id;
        try {
            id = Long.parseLong(payload.substring(colon + 1)); // our ids are bigint
        } catch (NumberFormatException e) {
            cache.evictEntityData(entity);
            cache.evictQueryRegions();
            return null;
        }
        drop(entity, id);
        return new Pending(entity, id, 0);
    }

    private void drop(String entity, long id) {
        Cache cache = sessionFactory.getCache();
        cache.evictEntityData(entity, id);
        cache.evictQueryRegions();
        evictions.incrementAndGet();
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private record Pending(String entity, long id, long due) {
    }
}
