package vn.congdoan.sangkien.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The embedded PostgreSQL's password for the user postgres: random, made at first start and kept in the data directory
 * (owner-only, like the data itself), where everything that connects to that server reads it: the backend, its tests,
 * the bench. No dependencies, so that the bench compiles this file as it is.
 */
public final class DatabasePassword {

    /** In the data directory; PostgreSQL ignores files it does not know. */
    public static final String FILE = "sangkien-password";

    private DatabasePassword() {
    }

    public static Optional<String> read(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(FILE);
        return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()) : Optional.empty();
    }

    /** 192 random bits, URL-safe Base64: nothing to quote in a file, a URL or SQL. */
    public static String generate() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Writes the password to a file readable by its owner alone (mode 0600 from the start, never wider). */
    public static void write(Path file, String password) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
    }
}
