package vn.congdoan.sangkien.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The launcher's switch: with an external database configured no embedded server starts; without one it does. */
class MainTest {

    @TempDir
    Path dataDirectory;

    @Test
    void anExternalUrlInTheEnvironmentOrAPropertyMeansNoEmbeddedServer() throws Exception {
        Map<String, String> env = Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db.example:5432/sangkien",
                "SANGKIEN_DATA_DIR", dataDirectory.toString(), "SANGKIEN_DB_PORT", "1");
        assertEquals(Optional.empty(), Main.embeddedDatabaseUnlessExternal(env, new Properties()));
        try (var files = Files.list(dataDirectory)) {
            assertEquals(0, files.count(), "nothing may be initialised in the data directory");
        }

        Properties properties = new Properties();
        properties.setProperty("quarkus.datasource.jdbc.url", "jdbc:postgresql://db.example:5432/sangkien");
        assertTrue(Main.externalDatabaseConfigured(Map.of(), properties));
        assertFalse(Main.externalDatabaseConfigured(Map.of("QUARKUS_DATASOURCE_JDBC_URL", " "), new Properties()), "blank is unset");
        assertFalse(Main.externalDatabaseConfigured(Map.of(), new Properties()));
    }

    @Test
    void withoutOneTheEmbeddedServerStartsWithTheConfiguredDirectoryAndPort() throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Properties properties = new Properties();
        properties.setProperty("sangkien.db-port", Integer.toString(port));
        EmbeddedDatabase database = Main.embeddedDatabaseUnlessExternal(Map.of("SANGKIEN_DATA_DIR", dataDirectory.toString()), properties)
                .orElseThrow();
        try (database; var connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password())) {
            assertTrue(database.jdbcUrl().contains(":" + port + "/"), database.jdbcUrl());
            assertTrue(connection.isValid(5));
            assertTrue(Files.exists(dataDirectory.resolve("PG_VERSION")), "the data lives in the configured directory");
        }
    }
}
