package vn.congdoan.sangkien.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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
            OffsetDateTime at = on.atTime(10, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toOffsetDateTime();
            for (long id : ids) {
                em.createNativeQuery("""
                                insert into initiative_event (id, initiative_id, from_status, to_status, actor, at,
                                                              program_id, unit_id, first_applied_on, estimated_value_vnd,
                                                              field, solution_type, impact_level, grade)
                                select nextval('initiative_event_seq'), i.id, i.status, :status, 'test', :at,
                                       i.program_id, i.unit_id, i.first_applied_on, i.estimated_value_vnd,
                                       i.field, i.solution_type,
                                       case when :status in ('RECOGNISED', 'VALID') then i.impact_level end,
                                       case when :status in ('RECOGNISED', 'VALID') then i.grade end
                                  from initiative i where i.id = :id
                                """)
                        .setParameter("status", status).setParameter("id", id)
                        .setParameter("at", at)
                        .executeUpdate();
                // a dossier is created before its steps: its creation moves back before the day when it came later
                em.createNativeQuery("update initiative_event set at = cast(:at as timestamptz) - interval '1 hour' "
                                + "where initiative_id = :id and to_status = 'DRAFT' and from_status is null and at > :at")
                        .setParameter("id", id).setParameter("at", at).executeUpdate();
                em.createNativeQuery("update initiative set status = :status where id = :id")
                        .setParameter("status", status).setParameter("id", id).executeUpdate();
            }
        });
    }
}
