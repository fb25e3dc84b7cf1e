package vn.congdoan.sangkien.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import vn.congdoan.sangkien.unit.Unit;
import vn.congdoan.sangkien.unit.UnitRepository;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Who is calling: their name, realm roles and the unit their token names (claim "unit_code"). */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;
    private final UnitRepository units;
    private Optional<Unit> unit;

    public CurrentUser(SecurityIdentity identity, UnitRepository units) {
        this.identity = identity;
        this.units = units;
    }

    /** The unit named by the token, looked up once per request. */
    public Optional<Unit> unit() {
        if (unit == null) {
            unit = unitCode() == null ? Optional.empty() : units.findByCode(unitCode());
        }
        return unit;
    }

    public String username() {
        String preferred = claim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }

    public String displayName() {
        String name = claim("name");
        return name != null ? name : username();
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

    /** A member sees only their own dossiers. */
    public boolean onlyOwnInitiatives() {
        return has(Roles.MEMBER) && !has(Roles.ADMIN) && !has(Roles.FEDERATION_OFFICER) && !has(Roles.UNIT_OFFICER);
    }

    private String claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            return value == null ? null : value.toString();
        }
        return null;
    }
}
