package vn.congdoan.sangkien.common.audit;

import io.quarkus.arc.Arc;
import org.hibernate.envers.RevisionListener;
import vn.congdoan.sangkien.security.UnitScope;

/** Stamps each revision with the caller's username ("system" for the system's own work). */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        UnitScope scope = Arc.container().instance(UnitScope.class).get();
        ((AuditRevision) revision).username = scope.username().orElse("system");
    }
}
