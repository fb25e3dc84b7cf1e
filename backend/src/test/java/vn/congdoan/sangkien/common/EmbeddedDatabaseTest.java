package vn.congdoan.sangkien.common;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What `make run` relies on: data kept across a stop and start, what a crash leaves cleared, durability on, and no
 * connection without the password kept in the data directory.
 */
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
            try (ResultSet settings = s.executeQuery("select current_setting('fsync'), current_setting('synchronous_commit'),"
                    + " pg_size_bytes(current_setting('shared_buffers')), current_setting('max_wal_size')")) {
                settings.next();
                assertEquals("on", settings.getString(1), "fsync must be on for a persistent database");
                assertEquals("on", settings.getString(2), "synchronous_commit must be on for a persistent database");
                assertTrue(settings.getLong(3) > 128L * 1024 * 1024, "shared_buffers left at PostgreSQL's 128 MB");
                assertEquals("4GB", settings.getString(4));
            }
            // While its backend runs, the server and its pid file are its own: never stopped nor removed.
            LeftoverServer.clear(dataDirectory);
            assertTrue(Files.exists(dataDirectory.resolve("postmaster.pid")), "a running server's pid file was removed");
            assertTrue(s.execute("select 1"), "a running server was stopped");
        }
        // A crash leaves postmaster.pid behind, and after a reboot its pid can belong to another live process. PostgreSQL
        // then refuses to start ("lock file already exists"): it clears the file itself only when that pid is gone or is
        // its own, its parent's or its grandparent's (pg_ctl, this JVM), so the test uses an unrelated live process.
        Process unrelated = new ProcessBuilder("sleep", "300").start();
        try {
            assertTrue(unrelated.isAlive());
            Files.writeString(dataDirectory.resolve("postmaster.pid"), unrelated.pid() + "\n" + dataDirectory + "\n");

            try (EmbeddedDatabase second = EmbeddedDatabase.persistent(dataDirectory, port);
                 Connection c = connect(second); Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("select name from kept")) {
                assertTrue(rows.next());
                assertEquals("Sáng kiến", rows.getString(1));
            }
        } finally {
            unrelated.destroy();
        }
    }

    @Test
    void stopsTheServerOfABackendThatWasKilled() throws Exception {
        int port = freePort();
        Path bin;
        try (EmbeddedDatabase first = EmbeddedDatabase.persistent(dataDirectory, port)) {
            bin = Path.of("/proc", postmasterPid(), "exe").toRealPath().getParent();
        }
        // As after a `kill -9` of the backend: its server runs on, and nobody holds the data directory any more.
        // The server's output goes to a file (-l): a server holding our pipe open would keep readAllBytes waiting forever.
        Path serverLog = Files.createTempFile("orphan-postgres", ".log");
        List<String> command = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), "start", "-w", "-D", dataDirectory.toString(),
                "-l", serverLog.toString(), "-o", "-p " + port + " -c listen_addresses=127.0.0.1"));
        if (System.getProperty("user.name").equals("root")) {
            command.addAll(0, List.of("unshare", "-U")); // PostgreSQL refuses root; EmbeddedPostgres does the same
        }
        Path startLog = Files.createTempFile("pg_ctl-start", ".log");
        Process orphanStart = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(startLog.toFile()).start();
        assertTrue(orphanStart.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "pg_ctl start did not return");
        assertEquals(0, orphanStart.exitValue(), Files.readString(startLog) + Files.readString(serverLog));
        String orphan = postmasterPid();

        try (EmbeddedDatabase second = EmbeddedDatabase.persistent(dataDirectory, port);
             Connection c = connect(second); Statement s = c.createStatement()) {
            assertTrue(s.execute("select 1"));
            assertNotEquals(orphan, postmasterPid());
            // A process that ended but was not yet reaped keeps its /proc entry with an empty command line.
            Path cmdline = Path.of("/proc", orphan, "cmdline");
            assertFalse(Files.exists(cmdline) && !Files.readString(cmdline).isEmpty(), "the left-over server still runs");
        }
    }

    @Test
    void aNewServerLetsInOnlyWithThePasswordKeptInItsDataDirectory() throws Exception {
        int port = freePort();
        try (EmbeddedDatabase database = EmbeddedDatabase.persistent(dataDirectory, port)) {
            Path kept = dataDirectory.resolve(DatabasePassword.FILE);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
            assertEquals(Files.readString(kept).strip(), database.password());
            assertTrue(database.password().length() >= 32, "a password nobody guesses");
            refusesWithoutTheRightPassword(database);
            assertFalse(Files.readString(dataDirectory.resolve("pg_hba.conf")).matches("(?s).*\\btrust\\s*\n.*"),
                    "no pg_hba.conf rule lets anyone in without a password");
        }
        // The same password after a restart.
        String first = Files.readString(dataDirectory.resolve(DatabasePassword.FILE)).strip();
        try (EmbeddedDatabase again = EmbeddedDatabase.persistent(dataDirectory, port); Connection c = connect(again)) {
            assertEquals(first, again.password());
            assertTrue(c.isValid(5));
        }
    }

    /** make run's data from before passwords: zonky's initdb let every local connection in (trust). */
    @Test
    void aDataDirectoryMadeWithoutPasswordsGetsOneAndKeepsItsData() throws Exception {
        int port = freePort();
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setPort(port).setServerConfig("listen_addresses", "127.0.0.1").start();
             Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", null);
             Statement s = c.createStatement()) {
            s.execute("create table kept (name text)");
            s.execute("insert into kept values ('Sáng kiến')");
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.persistent(dataDirectory, port)) {
            refusesWithoutTheRightPassword(database);
            try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet rows = s.executeQuery("select name from kept")) {
                assertTrue(rows.next());
                assertEquals("Sáng kiến", rows.getString(1));
            }
        }
        try (EmbeddedDatabase again = EmbeddedDatabase.persistent(dataDirectory, port)) {
            refusesWithoutTheRightPassword(again);
        }
    }

    private static void refusesWithoutTheRightPassword(EmbeddedDatabase database) throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + database.jdbcUrl().replaceAll(".*:(\\d+)/.*", "$1") + "/postgres";
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "postgres", null).close(), "no password");
        SQLException wrong = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(url, "postgres", "postgres").close(), "the old default password");
        assertEquals("28P01", wrong.getSQLState(), wrong.getMessage());
        try (Connection c = DriverManager.getConnection(url, "postgres", database.password())) {
            assertTrue(c.isValid(5));
        }
    }

    @Test
    void sharedBuffersAreAQuarterOfTheMemoryBetween128MbAnd2Gb() {
        long gb = 1024L * 1024 * 1024;
        assertEquals("1024MB", EmbeddedDatabase.sizing(4 * gb).get("shared_buffers"));
        assertEquals("2048MB", EmbeddedDatabase.sizing(24 * gb).get("shared_buffers"));
        assertEquals("128MB", EmbeddedDatabase.sizing(gb / 4).get("shared_buffers"));
    }

    private String postmasterPid() throws Exception {
        return Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim();
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
