package vn.congdoan.sangkien.common;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.jboss.logging.Logger;

import java.nio.file.Path;

/**
 * Starts the embedded PostgreSQL first when no external database is configured
 * (QUARKUS_DATASOURCE_JDBC_URL / quarkus.datasource.jdbc.url), then the application.
 */
@QuarkusMain
public class Main {

    private static final Logger LOG = Logger.getLogger(Main.class);

    public static void main(String... args) {
        if (externalDatabaseConfigured()) {
            Quarkus.run(args);
            return;
        }
        Path dataDirectory = Path.of(setting("SANGKIEN_DATA_DIR", "sangkien.data-dir", ".data/postgres")).toAbsolutePath();
        int port = Integer.parseInt(setting("SANGKIEN_DB_PORT", "sangkien.db-port", "15432"));
        EmbeddedDatabase database = EmbeddedDatabase.persistent(dataDirectory, port);
        LOG.infof("Embedded PostgreSQL on 127.0.0.1:%d, data in %s", port, dataDirectory);
        System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
        System.setProperty("quarkus.datasource.username", database.username());
        System.setProperty("quarkus.datasource.password", database.password());
        Quarkus.run(args);
    }

    private static boolean externalDatabaseConfigured() {
        return System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null
                || System.getProperty("quarkus.datasource.jdbc.url") != null;
    }

    private static String setting(String env, String property, String fallback) {
        String value = System.getProperty(property, System.getenv(env));
        return value == null || value.isBlank() ? fallback : value;
    }
}
