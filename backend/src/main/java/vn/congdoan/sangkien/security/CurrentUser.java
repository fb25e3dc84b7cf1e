package vn.congdoan.sangkien.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

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
