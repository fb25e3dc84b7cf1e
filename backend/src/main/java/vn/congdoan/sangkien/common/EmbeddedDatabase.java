package vn.congdoan.sangkien.common;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server from the Maven Central binaries, for running without an installed database.
 * Used by the launcher (persistent data directory) and by the tests (throw-away directory). Every connection, also
 * on 127.0.0.1, gives the password kept in the data directory ({@link DatabasePassword}): another local user or
 * process cannot read the dossiers by naming the port.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    /** A pg_hba.conf rule that lets in without a password, as zonky's initdb wrote them before passwords. */
    private static final Pattern TRUST = Pattern.compile("(?m)^([^#\\n]*?\\s)trust([ \\t]*)$");

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
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
            withoutPersonalDataInItsLog(builder);
            sizing(physicalMemoryBytes()).forEach(builder::setServerConfig);
            return start(builder, dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * A new directory gets a random password at initdb, with password authentication for every connection; one made
     * before passwords (trust) is given one at its first start here; otherwise the kept password is used.
     */
    private static EmbeddedDatabase start(EmbeddedPostgres.Builder builder, Path dataDirectory) throws IOException {
        boolean initialised = Files.exists(dataDirectory.resolve("postgresql.conf"));
        Optional<String> kept = initialised ? DatabasePassword.read(dataDirectory) : Optional.empty();
        String password = kept.orElseGet(DatabasePassword::generate);
        builder.setConnectConfig("password", password); // zonky's own readiness check connects too
        Path pwfile = null;
        if (!initialised) {
            // initdb wants an empty directory, so its password file lies beside it; zonky passes its "locale" settings
            // to initdb as --name=value after its own -A trust, and the later option wins.
            pwfile = Files.createTempFile(dataDirectory.toAbsolutePath().getParent(), ".sangkien-pwfile", "",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(pwfile, password + "\n", StandardCharsets.UTF_8);
            builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", pwfile.toString())
                    .setDataDirectoryCustomizer(directory -> keep(directory.toPath(), password));
        } else if (kept.isEmpty()) {
            keep(dataDirectory, password); // kept first: if the start fails, the next one sets this same password
        }
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } finally {
            if (pwfile != null) {
                Files.deleteIfExists(pwfile);
            }
        }
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, dataDirectory);
        if (initialised) {
            database.requirePasswords(password);
        }
        return database;
    }

    private static void keep(Path dataDirectory, String password) {
        try {
            DatabasePassword.write(dataDirectory.resolve(DatabasePassword.FILE), password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A data directory from before passwords lets anyone in (trust): the user postgres gets the kept password (hashed
     * by the driver, so the server never sees or logs it), and pg_hba.conf asks for it from now on.
     */
    private void requirePasswords(String password) throws IOException {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        String rules = Files.readString(hba, StandardCharsets.UTF_8);
        String withPasswords = TRUST.matcher(rules).replaceAll("$1scram-sha-256$2");
        if (withPasswords.equals(rules)) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), username(), password);
             Statement statement = connection.createStatement()) {
            connection.unwrap(PGConnection.class).alterUserPassword(username(), password.toCharArray(), "scram-sha-256");
            Files.writeString(hba, withPasswords, StandardCharsets.UTF_8);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("Cannot set the password of the embedded PostgreSQL in " + dataDirectory, e);
        }
        LOG.warnf("The embedded PostgreSQL in %s let connections in without a password; it now asks for the one in %s",
                dataDirectory, DatabasePassword.FILE);
    }

    /**
     * The server's log reaches the backend's (zonky logs its output): an error is logged without its DETAIL ("Key
     * (full_name)=(…)", "Failing row contains (…)") or CONTEXT (a COPY's line); the statement keeps only $1 placeholders.
     */
    private static EmbeddedPostgres.Builder withoutPersonalDataInItsLog(EmbeddedPostgres.Builder builder) {
        return builder.setServerConfig("log_error_verbosity", "terse");
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
            Path dataDirectory = Files.createTempDirectory("sangkien-pg-");
            return start(withoutPersonalDataInItsLog(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(true)
                    .setServerConfig("listen_addresses", "127.0.0.1")), dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public int port() {
        return postgres.getPort();
    }

    public String username() {
        return "postgres";
    }

    /** Read where every other client reads it: the data directory. */
    public String password() {
        try {
            return DatabasePassword.read(dataDirectory).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
