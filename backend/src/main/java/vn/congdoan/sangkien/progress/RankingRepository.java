package vn.congdoan.sangkien.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import vn.congdoan.sangkien.program.Period;
import vn.congdoan.sangkien.progress.RankingDtos.BreakdownRow;
import vn.congdoan.sangkien.progress.RankingDtos.RewardedInitiative;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Rankings, reward candidates and breakdowns: SQL over the counters and the initiatives of one subtree. */
@ApplicationScoped
public class RankingRepository {

    private static final String UNIT_COUNTS = """
            select u.code, u.name, q.target, coalesce(c.initiatives, 0)
              from unit u
              left join quota q on q.unit_id = u.id and q.period_id = :period
              left join progress_counter c on c.unit_id = u.id and c.period_id = :period and c.status = 'VALID'
             where u.id in (:units)
            """;

    private static final String IN_SUBTREE = """
              from initiative i join unit u on u.id = i.unit_id
             where i.program_id = :program and u.path like :rootPath
               and i.first_applied_on between :periodStart and :periodEnd
            """;

    private static final String REWARDED = "select i.id, i.receipt_number, i.title, u.code, i.impact_level, i.grade, "
            + "i.estimated_value_vnd, i.decision_date" + IN_SUBTREE + """
               and i.status = 'VALID' and (i.impact_level in ('PROVINCIAL_SECTOR', 'NATIONAL') or i.grade = 'A')
             order by case i.impact_level when 'NATIONAL' then 0 when 'PROVINCIAL_SECTOR' then 1 else 2 end,
                      i.grade nulls last, i.estimated_value_vnd desc nulls last, i.id
             limit :limit
            """;

    // grouping() is a bit mask over (field, solution_type, impact_level): 3 = by field, 5 = by type, 6 = by impact.
    private static final String BREAKDOWN = """
            select grouping(i.field, i.solution_type, i.impact_level), coalesce(i.field, i.solution_type, i.impact_level),
                   count(*), count(*) filter (where i.status = 'VALID'),
                   coalesce(sum(i.estimated_value_vnd) filter (where i.status = 'VALID'), 0)
            """ + IN_SUBTREE + """
               and i.status <> 'DRAFT'
             group by grouping sets ((i.field), (i.solution_type), (i.impact_level))
             order by 1, 3 desc, 2
            """;

    private static final String PARTICIPATION = """
            select count(*),
                   count(*) filter (where exists (select 1 from initiative i
                                                   where i.unit_id = u.id and i.program_id = :program and i.status <> 'DRAFT'
                                                     and i.first_applied_on between :periodStart and :periodEnd))
              from unit u
             where u.path like :rootPath and u.type = 'GRASSROOTS'
               and u.valid_from <= :periodEnd and (u.valid_to is null or u.valid_to >= :periodStart)
            """;

    private final EntityManager entityManager;

    public RankingRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public record UnitCount(String code, String name, Integer target, long valid) {
    }

    public List<UnitCount> validCounts(Period period, Collection<Long> unitIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(UNIT_COUNTS)
                .setParameter("period", period.id).setParameter("units", unitIds).getResultList();
        return rows.stream().map(r -> new UnitCount((String) r[0], (String) r[1],
                r[2] == null ? null : ((Number) r[2]).intValue(), ((Number) r[3]).longValue())).toList();
    }

    public List<RewardedInitiative> rewarded(long programId, Period period, String rootPath, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = subtree(entityManager.createNativeQuery(REWARDED), programId, period, rootPath)
                .setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new RewardedInitiative(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], (BigDecimal) r[6],
                r[7] == null ? null : ((Date) r[7]).toLocalDate())).toList();
    }

    /** Rows by field, by solution type and by impact level, in that order of the result list. */
    public List<List<BreakdownRow>> breakdown(long programId, Period period, String rootPath) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = subtree(entityManager.createNativeQuery(BREAKDOWN), programId, period, rootPath).getResultList();
        List<List<BreakdownRow>> sets = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Object[] r : rows) {
            int set = switch (((Number) r[0]).intValue()) {
                case 3 -> 0;
                case 5 -> 1;
                default -> 2;
            };
            sets.get(set).add(new BreakdownRow(r[1] == null ? "NONE" : (String) r[1], ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(), new BigDecimal(r[4].toString())));
        }
        return sets;
    }

    /** [grassroots unions active in the period, those with at least one filed initiative] */
    public long[] participation(long programId, Period period, String rootPath) {
        Object[] row = (Object[]) subtree(entityManager.createNativeQuery(PARTICIPATION), programId, period, rootPath).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    private static Query subtree(Query query, long programId, Period period, String rootPath) {
        return query.setParameter("program", programId).setParameter("rootPath", rootPath + "%")
                .setParameter("periodStart", period.startsOn).setParameter("periodEnd", period.endsOn);
    }
}
