package vn.congdoan.sangkien.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What `make run` relies on: data kept across a stop and start, a crash's stale pid file cleared, durability on. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDirectory;

    @Test
    void keepsDataAcrossRestartsAndRecoversFromAStalePidFile() throws Exception {
        int port = freePort();
        try (EmbeddedDatabase first = EmbeddedDatabase.persistent(dataDirectory, port);
             Connection c = connect(first); Statement s = c.createStatement()) {
            s.execute("create table kept (name text)");
            s.execute("insert into kept values ('Sáng kiến')");
            try (ResultSet settings = s.executeQuery("select current_setting('fsync'), current_setting('synchronous_commit')")) {
                settings.next();
                assertEquals("on", settings.getString(1), "fsync must be on for a persistent database");
                assertEquals("on", settings.getString(2), "synchronous_commit must be on for a persistent database");
            }
        }
        // A crash leaves postmaster.pid behind, naming a pid that no longer is a postgres process.
        Files.writeString(dataDirectory.resolve("postmaster.pid"), "999999\n" + dataDirectory + "\n");

        try (EmbeddedDatabase second = EmbeddedDatabase.persistent(dataDirectory, port);
             Connection c = connect(second); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("select name from kept")) {
            assertTrue(rows.next());
            assertEquals("Sáng kiến", rows.getString(1));
        }
    }

    private static Connection connect(EmbeddedDatabase database) throws Exception {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }

    private static int freePort() throws Exception {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
