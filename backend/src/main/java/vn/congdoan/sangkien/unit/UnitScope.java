package vn.congdoan.sangkien.unit;

import jakarta.enterprise.context.ApplicationScoped;
import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.security.CurrentUser;

import java.util.Optional;

/**
 * The part of the unit tree the caller may see: everything for national roles, otherwise the subtree of the unit
 * in their token. Objects outside it answer 404, as if they did not exist, so ids cannot be probed.
 * Work the system does for itself (the reference-data load at start-up) runs inside {@link #asSystem} and sees everything.
 */
@ApplicationScoped
public class UnitScope {

    private static final long NO_UNIT = 0L;
    private static final ThreadLocal<Boolean> SYSTEM = ThreadLocal.withInitial(() -> false);

    private final CurrentUser user;
    private final CallerUnit callerUnit;

    public UnitScope(CurrentUser user, CallerUnit callerUnit) {
        this.user = user;
        this.callerUnit = callerUnit;
    }

    /** True while the system does its own work (see {@link #asSystem}). */
    public boolean system() {
        return !inRequest();
    }

    public boolean national() {
        return !inRequest() || user.nationalScope();
    }

    /** The caller's own unit, if their token names one that exists. */
    public Optional<Unit> ownUnit() {
        return inRequest() ? callerUnit.get() : Optional.empty();
    }

    /** A path prefix every visible unit starts with; one no unit has when the caller has no unit. */
    public String pathPrefix() {
        return national() ? "/" : ownUnit().map(u -> u.path).orElse("/none/");
    }

    /** The unit whose subtree the caller sees: null for the whole tree, an id no unit has when the caller has no unit. */
    public Long subtreeRootId() {
        return national() ? null : ownUnit().map(u -> u.id).orElse(NO_UNIT);
    }

    public boolean covers(Unit unit) {
        return covers(unit.path);
    }

    /** @param unitPath the materialised path of a unit */
    public boolean covers(String unitPath) {
        return Unit.inSubtree(unitPath, pathPrefix());
    }

    /** @param entity key under "entity." for the 404 text */
    public <T> T require(T object, Unit unit, String entity, Object id) {
        if (!covers(unit)) {
            throw ApiException.notFound(entity, id);
        }
        return object;
    }

    public Optional<String> username() {
        return inRequest() ? Optional.of(user.username()) : Optional.empty();
    }

    public boolean onlyOwnInitiatives() {
        return inRequest() && user.onlyOwnInitiatives();
    }

    /** Runs work of the system itself, not of a caller, with the whole tree in scope. */
    public void asSystem(Runnable work) {
        SYSTEM.set(true);
        try {
            work.run();
        } finally {
            SYSTEM.remove();
        }
    }

    private static boolean inRequest() {
        return !SYSTEM.get();
    }
}
