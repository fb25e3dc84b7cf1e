package vn.congdoan.sangkien.common;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Starts the embedded PostgreSQL first when no external database is configured
 * (QUARKUS_DATASOURCE_JDBC_URL / quarkus.datasource.jdbc.url), then the application.
 */
@QuarkusMain
public class Main {

    private static final Logger LOG = Logger.getLogger(Main.class);

    public static void main(String... args) {
        embeddedDatabaseUnlessExternal(System.getenv(), System.getProperties()).ifPresent(database -> {
            System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
            System.setProperty("quarkus.datasource.username", database.username());
            System.setProperty("quarkus.datasource.password", database.password());
        });
        Quarkus.run(args);
    }

    /** The embedded server, started, unless an external database is configured: then none starts. */
    static Optional<EmbeddedDatabase> embeddedDatabaseUnlessExternal(Map<String, String> env, Properties properties) {
        if (externalDatabaseConfigured(env, properties)) {
            LOG.info("External PostgreSQL configured: no embedded server");
            return Optional.empty();
        }
        Path dataDirectory = Path.of(setting(env, properties, "SANGKIEN_DATA_DIR", "sangkien.data-dir", ".data/postgres")).toAbsolutePath();
        int port = Integer.parseInt(setting(env, properties, "SANGKIEN_DB_PORT", "sangkien.db-port", "15432"));
        EmbeddedDatabase database = EmbeddedDatabase.persistent(dataDirectory, port);
        LOG.infof("Embedded PostgreSQL on 127.0.0.1:%d, data in %s", port, dataDirectory);
        return Optional.of(database);
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
