package vn.congdoan.sangkien.initiative;

import jakarta.enterprise.context.ApplicationScoped;
import vn.congdoan.sangkien.initiative.InitiativeDtos.InitiativeView;
import vn.congdoan.sangkien.security.CurrentUser;
import vn.congdoan.sangkien.security.Roles;

import java.util.ArrayList;
import java.util.List;

/**
 * The steps the caller may take on a dossier they can see, as the web app offers them: the same checks as the
 * steps themselves (LifecycleService), so a button shown is a step accepted, save for a version someone else changed.
 */
@ApplicationScoped
public class DossierActions {

    private final InitiativeAccess access;
    private final FourEyes fourEyes;
    private final CurrentUser user;

    public DossierActions(InitiativeAccess access, FourEyes fourEyes, CurrentUser user) {
        this.access = access;
        this.fourEyes = fourEyes;
        this.user = user;
    }

    public List<LifecycleStep> allowed(InitiativeView dossier, InitiativeAccess.Holder holder) {
        List<LifecycleStep> steps = new ArrayList<>();
        for (LifecycleStep step : LifecycleStep.values()) {
            if (step.startsFrom(dossier.status()) && may(step, dossier, holder)) {
                steps.add(step);
            }
        }
        return steps;
    }

    private boolean may(LifecycleStep step, InitiativeView dossier, InitiativeAccess.Holder holder) {
        if (step == LifecycleStep.SUBMIT) {
            // the roles of POST …/submit; an evaluator or reporter may see a dossier but not file it
            boolean filer = user.isOfficer() || user.has(Roles.MEMBER);
            return filer && access.mayEdit(holder.createdBy());
        }
        if (!access.isOfficerOf(holder)) {
            return false;
        }
        return !step.decision()
                || fourEyes.involvement(holder.createdBy(), dossier.authors()) == null;
    }
}
