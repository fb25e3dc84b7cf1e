package vn.congdoan.sangkien.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.congdoan.sangkien.program.Period;
import vn.congdoan.sangkien.unit.Unit;

import java.util.List;

/** The progress roll-up as one SQL aggregation: counts per unit first, then summed up each unit's subtree. */
@ApplicationScoped
public class ProgressRepository {

    private static final String ROLL_UP = """
            with scope as (
                select u.id, u.code, u.name, u.type, u.parent_id, u.path, u.depth
                  from unit u
                 where u.path like :rootPath and u.depth <= :maxDepth
                   and u.valid_from <= :periodEnd and (u.valid_to is null or u.valid_to >= :periodStart)
            ),
            counted as (
                select iu.path, i.status, count(*) as n
                  from initiative i
                  join unit iu on iu.id = i.unit_id
                 where i.program_id = :programId
                   and i.first_applied_on between :periodStart and :periodEnd
                   and i.status <> 'DRAFT'
                   and iu.path like :rootPath
                 group by iu.path, i.status
            )
            select s.code, s.name, s.type, parent.code, s.depth, q.target,
                   coalesce(sum(c.n) filter (where c.status = 'SUBMITTED'), 0),
                   coalesce(sum(c.n) filter (where c.status = 'UNDER_REVIEW'), 0),
                   coalesce(sum(c.n) filter (where c.status = 'RETURNED'), 0),
                   coalesce(sum(c.n) filter (where c.status = 'RECOGNISED'), 0),
                   coalesce(sum(c.n) filter (where c.status = 'REFUSED'), 0),
                   coalesce(sum(c.n) filter (where c.status = 'VALID'), 0)
              from scope s
              left join unit parent on parent.id = s.parent_id
              left join quota q on q.unit_id = s.id and q.period_id = :periodId
              left join counted c on c.path like s.path || '%'
             group by s.id, s.code, s.name, s.type, parent.code, s.depth, q.target
             order by s.depth, s.name, s.code
            """;

    private final EntityManager entityManager;

    public ProgressRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<ProgressCounts> rollUp(long programId, Period period, Unit root, int depth) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(ROLL_UP)
                .setParameter("rootPath", root.path + "%")
                .setParameter("maxDepth", root.depth + depth)
                .setParameter("programId", programId)
                .setParameter("periodId", period.id)
                .setParameter("periodStart", period.startsOn)
                .setParameter("periodEnd", period.endsOn)
                .getResultList();
        return rows.stream().map(r -> new ProgressCounts((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).intValue() - root.depth, r[5] == null ? null : ((Number) r[5]).intValue(),
                count(r[6]), count(r[7]), count(r[8]), count(r[9]), count(r[10]), count(r[11]))).toList();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    /** One unit's row: its target and the initiatives of its whole subtree by status. */
    public record ProgressCounts(String unitCode, String unitName, String unitType, String parentCode, int level,
                                 Integer target, long submitted, long underReview, long returned, long recognised,
                                 long refused, long valid) {
    }
}
