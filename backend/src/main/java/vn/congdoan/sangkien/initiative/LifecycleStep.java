package vn.congdoan.sangkien.initiative;

import java.util.EnumSet;
import java.util.Set;

import static vn.congdoan.sangkien.initiative.InitiativeStatus.DRAFT;
import static vn.congdoan.sangkien.initiative.InitiativeStatus.RECOGNISED;
import static vn.congdoan.sangkien.initiative.InitiativeStatus.RETURNED;
import static vn.congdoan.sangkien.initiative.InitiativeStatus.SUBMITTED;
import static vn.congdoan.sangkien.initiative.InitiativeStatus.UNDER_REVIEW;

/**
 * A step a person takes on a dossier (POST /initiatives/{id}/…), the states it starts from, and whether it is a
 * decision on the dossier, which its filer and its authors may not take (four eyes).
 */
public enum LifecycleStep {
    SUBMIT(EnumSet.of(DRAFT, RETURNED), false),
    RETURN(EnumSet.of(SUBMITTED, UNDER_REVIEW, RECOGNISED), false),
    RECOGNISE(EnumSet.of(UNDER_REVIEW), true),
    REFUSE(EnumSet.of(UNDER_REVIEW), true),
    VALIDATE(EnumSet.of(RECOGNISED), true);

    private final Set<InitiativeStatus> from;
    private final boolean decision;

    LifecycleStep(Set<InitiativeStatus> from, boolean decision) {
        this.from = from;
        this.decision = decision;
    }

    public Set<InitiativeStatus> from() {
        return EnumSet.copyOf(from);
    }

    public boolean startsFrom(InitiativeStatus status) {
        return from.contains(status);
    }

    public boolean decision() {
        return decision;
    }
}
