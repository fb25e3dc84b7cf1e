package vn.congdoan.sangkien.security;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A person's full name in Vietnamese order: family name, middle names, given name ("Nguyễn Thị Lan"). Keycloak's
 * "name" claim puts the given name first ("Lan Nguyễn Thị"), so the name is built from the separate claims here,
 * the only place that does it.
 */
public final class FullName {

    private FullName() {
    }

    /** "Nguyễn Thị" + "Lan" → "Nguyễn Thị Lan"; empty when both parts are blank. */
    public static Optional<String> of(String familyName, String givenName) {
        String name = Stream.of(familyName, givenName)
                .filter(part -> part != null && !part.isBlank())
                .map(String::strip)
                .collect(Collectors.joining(" "));
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }
}
