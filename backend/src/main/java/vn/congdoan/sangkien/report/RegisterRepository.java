package vn.congdoan.sangkien.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import vn.congdoan.sangkien.program.Period;
import vn.congdoan.sangkien.report.RegisterDtos.RegisterEntry;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/** The initiative register: what the national confederation may know of each dossier, and nothing personal. */
@ApplicationScoped
public class RegisterRepository {

    private static final String FROM = """
              from initiative i
              join unit u on u.id = i.unit_id
             where i.program_id = :program and u.path like :rootPath
               and i.first_applied_on between :periodStart and :periodEnd
               and i.status in (:statuses)
            """;

    private static final String SELECT = """
            select i.receipt_number, i.title, u.code, u.name, i.field, i.solution_type, i.status, i.impact_level, i.grade,
                   i.first_applied_on, i.submitted_on, i.recognition_body, i.decision_number, i.decision_date,
                   i.estimated_value_vnd, (select count(*) from initiative_author a where a.initiative_id = i.id)
            """;

    private final EntityManager entityManager;

    public RegisterRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public long count(long programId, Period period, String rootPath, List<String> statuses) {
        return ((Number) bind(entityManager.createNativeQuery("select count(*) " + FROM), programId, period, rootPath, statuses)
                .getSingleResult()).longValue();
    }

    public List<RegisterEntry> page(long programId, Period period, String rootPath, List<String> statuses, int page, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(entityManager.createNativeQuery(SELECT + FROM + " order by i.id limit :size offset :offset"),
                programId, period, rootPath, statuses)
                .setParameter("size", size).setParameter("offset", (long) page * size)
                .getResultList();
        return rows.stream().map(r -> new RegisterEntry((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], date(r[9]), date(r[10]),
                (String) r[11], (String) r[12], date(r[13]), (BigDecimal) r[14], ((Number) r[15]).intValue())).toList();
    }

    private static Query bind(Query query, long programId, Period period, String rootPath, List<String> statuses) {
        return query.setParameter("program", programId).setParameter("rootPath", rootPath + "%")
                .setParameter("periodStart", period.startsOn).setParameter("periodEnd", period.endsOn)
                .setParameter("statuses", statuses);
    }

    private static LocalDate date(Object value) {
        return value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
