package vn.congdoan.sangkien.initiative;

import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Hibernate;
import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.security.CurrentUser;
import vn.congdoan.sangkien.security.Roles;
import vn.congdoan.sangkien.unit.UnitScope;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who may see which dossier: officers their unit's subtree, members their own and those naming them as a linked
 * author, evaluators those assigned to them.
 * The confidential parts only who needs to know them (see confidentialVisible).
 */
@ApplicationScoped
public class InitiativeAccess {

    private final UnitScope scope;
    private final CurrentUser user;
    private final CouncilReview council;
    private final InitiativeAuthorRepository authors;

    public InitiativeAccess(UnitScope scope, CurrentUser user, CouncilReview council, InitiativeAuthorRepository authors) {
        this.scope = scope;
        this.user = user;
        this.council = council;
        this.authors = authors;
    }

    public Initiative requireVisible(Initiative initiative, long id) {
        if (initiative == null || !visible(initiative)) {
            throw ApiException.notFound("initiative", id);
        }
        return initiative;
    }

    /**
     * What the rules look at: the dossier, its unit's path and code, who filed it (no entity needed), and the accounts
     * linked to its authors when they were read with it (null: not read, asked of the database when needed).
     */
    public record Holder(long initiativeId, String unitPath, String unitCode, String createdBy, Set<String> authorAccounts) {
        static Holder of(Initiative initiative) {
            Set<String> accounts = Hibernate.isInitialized(initiative.authors) ? accountsOf(initiative.authors.stream().map(a -> a.account)) : null;
            return new Holder(initiative.id, initiative.unit.path, initiative.unit.code, initiative.createdBy, accounts);
        }

        static Set<String> accountsOf(Stream<String> accounts) {
            return accounts.filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        }
    }

    public boolean visible(Initiative initiative) {
        return visible(Holder.of(initiative));
    }

    public boolean visible(Holder dossier) {
        if (scope.system()) {
            return true;
        }
        boolean officer = user.isOfficer();
        if (officer && scope.covers(dossier.unitPath())) {
            return true;
        }
        if (user.has(Roles.MEMBER) && scope.covers(dossier.unitPath()) && ownedByCaller(dossier.createdBy())) {
            return true;
        }
        if (scope.covers(dossier.unitPath()) && linkedAuthor(dossier)) {
            return true; // an author linked to the caller's account, within their unit's subtree
        }
        return user.has(Roles.EVALUATOR) && assignedToCaller(dossier.initiativeId());
    }

    public boolean confidentialVisible(Initiative initiative) {
        return confidentialVisible(Holder.of(initiative));
    }

    /**
     * Need to know (decided 03/12/2026): the filer, officers whose scope holds the dossier's unit, and assigned
     * evaluators; the admin role alone does not open them, nor does reporting. An author linked to the caller's
     * account (V20) sees them too, within their scope; authors who are names only get them through the filer.
     */
    public boolean confidentialVisible(Holder dossier) {
        return scope.system()
                || ownedByCaller(dossier.createdBy())
                || ((user.has(Roles.FEDERATION_OFFICER) || user.has(Roles.UNIT_OFFICER)) && scope.covers(dossier.unitPath()))
                || (user.has(Roles.EVALUATOR) && assignedToCaller(dossier.initiativeId()))
                || (scope.covers(dossier.unitPath()) && linkedAuthor(dossier));
    }

    /** Review steps (assigning evaluators, recognise, refuse, return, validate) are for officers of the unit's subtree. */
    public void requireOfficer(Initiative initiative) {
        if (!isOfficerOf(initiative)) {
            throw ApiException.notFound("initiative", initiative.id);
        }
    }

    public boolean isOfficerOf(Initiative initiative) {
        boolean officer = user.isOfficer();
        return scope.system() || (officer && scope.covers(initiative.unit));
    }

    public boolean isOfficerOf(Holder dossier) {
        return scope.system() || (user.isOfficer() && scope.covers(dossier.unitPath()));
    }

    /** Who may change a dossier they can see (while its status allows): officers, and a member the one they filed. */
    public boolean mayEdit(String createdBy) {
        return scope.system() || user.isOfficer() || (user.has(Roles.MEMBER) && ownedByCaller(createdBy));
    }

    public String actor() {
        return scope.username().orElse("system");
    }

    /**
     * Whether one of the dossier's authors is linked to the caller's account: from the authors read with it when they
     * were (the dossier read: no second statement on the hot path), else asked of the database.
     */
    private boolean linkedAuthor(Holder dossier) {
        return scope.username().map(name -> dossier.authorAccounts() != null ? dossier.authorAccounts().contains(name)
                : authors.linked(dossier.initiativeId(), name)).orElse(false);
    }

    private boolean ownedByCaller(String createdBy) {
        return scope.username().map(name -> name.equals(createdBy)).orElse(false);
    }

    private boolean assignedToCaller(long initiativeId) {
        return scope.username().map(name -> council.isAssigned(initiativeId, name)).orElse(false);
    }
}
