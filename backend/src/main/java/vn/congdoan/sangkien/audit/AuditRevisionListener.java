package vn.congdoan.sangkien.audit;

import io.quarkus.arc.Arc;
import org.hibernate.envers.RevisionListener;
import vn.congdoan.sangkien.unit.UnitScope;

/** Stamps each revision with the caller's username ("system" for the system's own work). */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        UnitScope scope = Arc.container().instance(UnitScope.class).get();
        ((AuditRevision) revision).username = scope.username().orElse("system");
    }
}
