package vn.congdoan.sangkien.quota;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.congdoan.sangkien.program.Program;
import vn.congdoan.sangkien.unit.Unit;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class QuotaRepository implements PanacheRepositoryBase<Quota, Long> {

    public List<Quota> ofUnits(Program program, Collection<Long> unitIds) {
        return list("from Quota q join fetch q.period p where p.program = ?1 and q.unit.id in ?2", program, unitIds);
    }

    /** The highest unit holding a quota in the programme: where its quota table starts. */
    public Optional<Unit> topUnit(Program program) {
        return getEntityManager().createQuery(
                        "select q.unit from Quota q where q.period.program = ?1 order by q.unit.depth, q.unit.code", Unit.class)
                .setParameter(1, program).setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * What each unit's direct children hold in the programme, summed by period id: the unit's allocation below.
     * Units whose children hold nothing are absent.
     */
    public Map<Long, Map<Long, Integer>> allocatedBelow(Program program, Collection<Long> unitIds) {
        Map<Long, Map<Long, Integer>> below = new HashMap<>();
        if (unitIds.isEmpty()) {
            return below;
        }
        getEntityManager().createQuery("""
                        select q.unit.parent.id, q.period.id, sum(q.target) from Quota q
                        where q.period.program = ?1 and q.unit.parent.id in ?2
                        group by q.unit.parent.id, q.period.id""", Object[].class)
                .setParameter(1, program).setParameter(2, unitIds).getResultList()
                .forEach(row -> below.computeIfAbsent((Long) row[0], k -> new HashMap<>())
                        .put((Long) row[1], ((Number) row[2]).intValue()));
        return below;
    }

    /**
     * Removed one by one, not by a bulk delete, so that the audit trail (Envers) records each quota's deletion; flushed
     * at once, because Hibernate would otherwise insert the replacements (same unit and period) before deleting these.
     */
    public long deleteOfUnits(Program program, Collection<Long> unitIds) {
        List<Quota> old = list("unit.id in ?1 and period.id in (select p.id from Period p where p.program = ?2)", unitIds, program);
        old.forEach(this::delete);
        flush();
        return old.size();
    }
}
