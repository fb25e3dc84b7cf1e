package vn.congdoan.sangkien.common;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real PostgreSQL server from the Maven Central binaries, for running without an installed database.
 * Used by the launcher (persistent data directory) and by the tests (throw-away directory).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** A server whose data survives restarts: durability settings that zonky's test defaults turn off are turned back on. */
    public static EmbeddedDatabase persistent(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            LeftoverServer.clear(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("listen_addresses", "127.0.0.1");
            sizing(physicalMemoryBytes()).forEach(builder::setServerConfig);
            return new EmbeddedDatabase(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * PostgreSQL's defaults fit a very small machine (128 MB of shared buffers, 1 GB of WAL between checkpoints). As
     * its tuning guide advises: a quarter of the memory for shared buffers, at most 2 GB; and WAL room for an import
     * of 100.000 rows (about 400 MB) without a checkpoint in the middle, which would make it write every page twice.
     */
    static Map<String, String> sizing(long physicalMemoryBytes) {
        long quarterMb = physicalMemoryBytes / 4 / (1024 * 1024);
        return Map.of("shared_buffers", Math.max(128, Math.min(2048, quarterMb)) + "MB",
                "wal_buffers", "64MB",
                "max_wal_size", "4GB");
    }

    private static long physicalMemoryBytes() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
    }

    /** A server in a temporary directory that is deleted when it stops: for tests. */
    public static EmbeddedDatabase throwAway() {
        try {
            return new EmbeddedDatabase(EmbeddedPostgres.builder()
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public String username() {
        return "postgres";
    }

    public String password() {
        return "postgres";
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
