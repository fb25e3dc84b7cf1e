package vn.congdoan.sangkien.common;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What a crash leaves in the embedded PostgreSQL's data directory, cleared before it starts: a postmaster.pid of a
 * server that is gone, or a server still running that nobody owns any more (the backend that started it was killed).
 */
final class LeftoverServer {

    private static final Logger LOG = Logger.getLogger(LeftoverServer.class);
    /** The lock file a running EmbeddedPostgres holds; a killed JVM's lock goes with it. */
    private static final String OWNER_LOCK = "epg-lock";

    private LeftoverServer() {
    }

    static void clear(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String pid = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        String cmdline = pid.matches("\\d+") ? commandLine(pid) : "";
        if (!cmdline.contains("postgres")) {
            // PostgreSQL refuses to start when the pid now belongs to another live process (common in containers).
            LOG.warnf("Removing stale %s left by a server that is no longer running", pidFile);
            Files.delete(pidFile);
        } else if (cmdline.contains(dataDirectory.toString()) && !owned(dataDirectory)) {
            LOG.warnf("Stopping the PostgreSQL server (pid %s) left running in %s by a backend that ended", pid, dataDirectory);
            stop(pid, dataDirectory);
        }
        // Otherwise a live backend owns it: EmbeddedPostgres refuses to share the directory and says so.
    }

    private static String commandLine(String pid) throws IOException {
        Path cmdline = Path.of("/proc", pid, "cmdline");
        try {
            return Files.exists(cmdline) ? Files.readString(cmdline) : "";
        } catch (IOException e) {
            return ""; // it ended while being read
        }
    }

    private static boolean owned(Path dataDirectory) throws IOException {
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve(OWNER_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true; // this JVM's own server
        }
    }

    /** What `pg_ctl stop -m fast` does: SIGINT to the postmaster, then wait until it has removed its pid file. */
    private static void stop(String pid, Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            new ProcessBuilder("kill", "-INT", pid).inheritIO().start().waitFor();
            for (int i = 0; i < 600 && Files.exists(pidFile); i++) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (Files.exists(pidFile)) {
            throw new IOException("Cannot stop the PostgreSQL server (pid " + pid + ") left running in " + dataDirectory);
        }
    }
}
