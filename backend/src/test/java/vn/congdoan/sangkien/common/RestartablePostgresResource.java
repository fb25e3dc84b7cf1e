package vn.congdoan.sangkien.common;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A PostgreSQL of its own for a test that stops it and starts it again while the backend runs: a fixed port and a
 * kept data directory, as {@code make run}'s, so that the server comes back where the pool looks for it. A test gets
 * the handle in a field of type {@link Server}.
 */
public class RestartablePostgresResource implements QuarkusTestResourceLifecycleManager {

    /** Stops (pg_ctl stop -m fast, as zonky closes it) and starts the server again on the same directory and port. */
    public interface Server {
        void stop();

        void start();
    }

    private Path dataDirectory;
    private int port;
    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        try {
            dataDirectory = Files.createTempDirectory("sangkien-pg-restart-").resolve("data");
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        database = EmbeddedDatabase.persistent(dataDirectory, port);
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.username(),
                "quarkus.datasource.password", database.password());
    }

    @Override
    public void inject(TestInjector injector) {
        Server server = new Server() {
            @Override
            public synchronized void stop() {
                closeDatabase();
            }

            @Override
            public synchronized void start() {
                if (database == null) {
                    database = EmbeddedDatabase.persistent(dataDirectory, port);
                }
            }
        };
        injector.injectIntoFields(server, field -> field.getType().getName().equals(Server.class.getName()));
    }

    private void closeDatabase() {
        try {
            if (database != null) {
                database.close();
                database = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        closeDatabase();
        if (dataDirectory != null) {
            try (Stream<Path> files = Files.walk(dataDirectory.getParent())) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
