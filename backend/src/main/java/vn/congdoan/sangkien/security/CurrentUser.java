package vn.congdoan.sangkien.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Who is calling: their name, realm roles and the unit their token names (claim "unit_code"). */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;

    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String username() {
        String preferred = claim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }

    /**
     * The caller's full name as Vietnamese writes it, family name first (Keycloak's family_name, given_name), and in
     * the other order too, since people are entered either way; else the token's name. Empty when the token has none.
     */
    public List<String> fullNames() {
        String family = claim("family_name");
        String given = claim("given_name");
        Optional<String> familyFirst = FullName.of(family, given);
        if (familyFirst.isPresent()) {
            return List.of(familyFirst.get(), FullName.of(given, family).orElseThrow());
        }
        String name = claim("name");
        return name == null ? List.of() : List.of(name);
    }

    public String unitCode() {
        return claim("unit_code");
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    /** Admins and the national confederation's reporting system see every unit. */
    public boolean nationalScope() {
        return has(Roles.ADMIN) || has(Roles.REPORTER);
    }

    /** Admins and union officers: they register, edit and review the dossiers of their unit's subtree. */
    public boolean isOfficer() {
        return has(Roles.ADMIN) || has(Roles.FEDERATION_OFFICER) || has(Roles.UNIT_OFFICER);
    }

    /** A member sees only their own dossiers. */
    public boolean onlyOwnInitiatives() {
        return has(Roles.MEMBER) && !isOfficer();
    }

    /** A claim of the caller's token as text, null when absent. */
    public String claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            return value == null ? null : value.toString();
        }
        return null;
    }
}
