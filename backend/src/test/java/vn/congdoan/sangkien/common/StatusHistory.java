package vn.congdoan.sangkien.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Moves dossiers to a status on a chosen day, with the event the lifecycle would have written, so tests can set up
 * a history in the past ("as of" reports) without walking every step through the API.
 */
public final class StatusHistory {

    private StatusHistory() {
    }

    public static void set(EntityManager em, String status, LocalDate on, long... ids) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (long id : ids) {
                em.createNativeQuery("""
                                insert into initiative_event (id, initiative_id, from_status, to_status, actor, at,
                                                              program_id, unit_id, first_applied_on, estimated_value_vnd)
                                select nextval('initiative_event_seq'), i.id, i.status, :status, 'test', :at,
                                       i.program_id, i.unit_id, i.first_applied_on, i.estimated_value_vnd
                                  from initiative i where i.id = :id
                                """)
                        .setParameter("status", status).setParameter("id", id)
                        .setParameter("at", on.atTime(10, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toOffsetDateTime())
                        .executeUpdate();
                em.createNativeQuery("update initiative set status = :status where id = :id")
                        .setParameter("status", status).setParameter("id", id).executeUpdate();
            }
        });
    }
}
