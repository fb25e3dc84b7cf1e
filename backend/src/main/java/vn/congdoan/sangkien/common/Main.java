package vn.congdoan.sangkien.common;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Starts the embedded PostgreSQL first when no external database is configured
 * (QUARKUS_DATASOURCE_JDBC_URL / quarkus.datasource.jdbc.url), then the application.
 * With the argument {@code database}, starts only the embedded PostgreSQL of SANGKIEN_DATA_DIR on SANGKIEN_DB_PORT and
 * keeps it up until stopped: backups, restores and the streaming replica (scripts/backup.mjs, scripts/lib/replica.mjs)
 * get the same server, password and settings as the application without starting it.
 */
@QuarkusMain
public class Main {

    private static final Logger LOG = Logger.getLogger(Main.class);

    public static void main(String... args) {
        if (args.length == 1 && "database".equals(args[0])) {
            databaseOnly();
            return;
        }
        embeddedDatabaseUnlessExternal(System.getenv(), System.getProperties()).ifPresent(database -> {
            System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
            System.setProperty("quarkus.datasource.username", database.username());
            System.setProperty("quarkus.datasource.password", database.password());
        });
        Quarkus.run(args);
    }

    private static void databaseOnly() {
        EmbeddedDatabase database = embedded(System.getenv(), System.getProperties());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                database.close();
            } catch (IOException e) {
                LOG.error("The embedded PostgreSQL did not stop cleanly", e);
            }
        }));
        // Standard output, not the log: Quarkus sets its logging up only when the application starts.
        System.out.printf("Embedded PostgreSQL ready on 127.0.0.1:%d, data in %s (database only; stop with SIGTERM)%n",
                database.port(), database.dataDirectory());
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The embedded server, started, unless an external database is configured: then none starts. */
    static Optional<EmbeddedDatabase> embeddedDatabaseUnlessExternal(Map<String, String> env, Properties properties) {
        if (externalDatabaseConfigured(env, properties)) {
            LOG.info("External PostgreSQL configured: no embedded server");
            return Optional.empty();
        }
        return Optional.of(embedded(env, properties));
    }

    private static EmbeddedDatabase embedded(Map<String, String> env, Properties properties) {
        Path dataDirectory = Path.of(setting(env, properties, "SANGKIEN_DATA_DIR", "sangkien.data-dir", ".data/postgres")).toAbsolutePath();
        int port = Integer.parseInt(setting(env, properties, "SANGKIEN_DB_PORT", "sangkien.db-port", "15432"));
        EmbeddedDatabase database = EmbeddedDatabase.persistent(dataDirectory, port);
        LOG.infof("Embedded PostgreSQL on 127.0.0.1:%d, data in %s", port, dataDirectory);
        return database;
    }

    static boolean externalDatabaseConfigured(Map<String, String> env, Properties properties) {
        return !setting(env, properties, "QUARKUS_DATASOURCE_JDBC_URL", "quarkus.datasource.jdbc.url", "").isEmpty();
    }

    /** A system property wins over the environment variable; blank counts as unset. */
    private static String setting(Map<String, String> env, Properties properties, String variable, String property, String fallback) {
        String value = properties.getProperty(property, env.get(variable));
        return value == null || value.isBlank() ? fallback : value;
    }
}
