package vn.congdoan.sangkien.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.congdoan.sangkien.common.DatabasePassword;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * The bench's own start of the embedded PostgreSQL (the same zonky binaries as the backend) on the bench data
 * directory, while the backend is stopped: settings for a bulk load, not durability (the load is redone after a crash).
 */
final class Db {

    /** The data directory's password once the backend has given it one; before that zonky's initdb let anyone in. */
    private static String password = "";

    private Db() {
    }

    /** Every later connection gives the password the backend keeps in this data directory. */
    static void usePasswordOf(Path dataDir) throws IOException {
        password = DatabasePassword.read(dataDir).orElse("");
    }

    static String password() {
        return password;
    }

    static EmbeddedPostgres startForLoad(Path dataDir, int port) throws IOException {
        Path pid = dataDir.resolve("postmaster.pid");
        if (Files.exists(pid)) {
            throw new IllegalStateException(pid + " exists: is a server (the backend?) still running on the bench data?");
        }
        usePasswordOf(dataDir);
        return EmbeddedPostgres.builder()
                .setConnectConfig("password", password)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("fsync", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("shared_buffers", "512MB")
                .setServerConfig("maintenance_work_mem", "1GB")
                .setServerConfig("max_parallel_maintenance_workers", "2")
                .setServerConfig("max_wal_size", "8GB")
                .setServerConfig("checkpoint_timeout", "30min")
                .setServerConfig("autovacuum", "off")
                .start();
    }

    static Connection connect(int port) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", password);
    }

    static Map<String, String> env() {
        return System.getenv();
    }
}
