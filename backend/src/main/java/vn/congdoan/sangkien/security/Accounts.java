package vn.congdoan.sangkien.security;

import io.quarkus.security.spi.runtime.AuthenticationSuccessEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jdbi.v3.core.Jdbi;
import vn.congdoan.sangkien.common.db.SqlFiles;
import vn.congdoan.sangkien.common.db.Timestamps;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The accounts this system has seen, as their tokens describe them (username, name, mail, unit, roles): whom an event
 * concerns (the officers of a unit, an evaluator, a linked author) is looked up here when it is told, without asking
 * Keycloak. Recorded after each successful sign-in check, off the request's thread, and written only when something
 * changed since this instance last wrote it.
 */
@ApplicationScoped
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class);
    private static final String UPSERT = SqlFiles.of(Accounts.class, "upsert");

    /** What this instance last wrote per username: a token seen again unchanged costs no write. */
    private final Map<String, Account> written = new ConcurrentHashMap<>();
    private final Jdbi jdbi;

    public Accounts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** An account as the directory keeps it. */
    public record Account(String username, String fullName, String email, String unitCode, List<String> roles) {
    }

    void onSignIn(@ObservesAsync AuthenticationSuccessEvent event) {
        if (event.getSecurityIdentity().getPrincipal() instanceof JsonWebToken token) {
            try {
                record(of(token, event.getSecurityIdentity().getRoles()));
            } catch (RuntimeException e) { // the directory is a convenience: a failed write must not break anything
                LOG.warnf("account directory: not recorded (%s)", e.getClass().getSimpleName());
            }
        }
    }

    /** The caller's account, recorded now (the web app's first call, GET /me, makes sure of it). */
    public void record(CurrentUser user) {
        record(new Account(user.username(), fullName(user.claim("family_name"), user.claim("given_name"), user.claim("name")),
                user.claim("email"), user.unitCode(), List.copyOf(user.roles())));
    }

    private static Account of(JsonWebToken token, java.util.Set<String> roles) {
        String username = token.getClaim("preferred_username");
        return new Account(username != null ? username : token.getName(),
                fullName(token.getClaim("family_name"), token.getClaim("given_name"), token.getClaim("name")),
                token.getClaim("email"), token.getClaim("unit_code"), List.copyOf(new TreeSet<>(roles)));
    }

    private static String fullName(Object family, Object given, Object name) {
        return FullName.of(Objects.toString(family, null), Objects.toString(given, null))
                .orElse(name == null ? null : name.toString());
    }

    private void record(Account account) {
        if (account.username() == null || account.equals(written.get(account.username()))) {
            return;
        }
        jdbi.useHandle(handle -> handle.createUpdate(UPSERT)
                .bind("username", account.username()).bind("fullName", account.fullName()).bind("email", account.email())
                .bind("unitCode", account.unitCode()).bind("roles", account.roles().toArray(String[]::new))
                .bind("seenAt", Timestamps.now()).execute());
        written.put(account.username(), account);
    }
}
