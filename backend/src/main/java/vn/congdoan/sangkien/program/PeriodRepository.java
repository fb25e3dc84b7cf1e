package vn.congdoan.sangkien.program;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.jpa.HibernateHints;
import org.jdbi.v3.core.Jdbi;
import vn.congdoan.sangkien.common.db.SqlFiles;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PeriodRepository implements PanacheRepositoryBase<Period, Long> {

    private static final String REBUILD_COUNTERS = SqlFiles.of(PeriodRepository.class, "rebuild-counters");

    private final Jdbi jdbi;

    public PeriodRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<Period> listFor(Program program) {
        return find("program", Sort.ascending("startsOn").and("endsOn", Sort.Direction.Descending).and("code"), program)
                .withHint(HibernateHints.HINT_CACHEABLE, true).list();
    }

    /** Programmes with a period whose window holds the day. */
    public List<Program> programsRunningOn(LocalDate day) {
        return find("startsOn <= ?1 and endsOn >= ?1", day).stream().map(p -> p.program).distinct().toList();
    }

    public Optional<Period> findByCode(Program program, String code) {
        return find("program = ?1 and code = ?2", program, code).withHint(HibernateHints.HINT_CACHEABLE, true).firstResultOptional();
    }

    /** Recounts the programme's progress counters: a period's window changed or a period was added. */
    public void rebuildCounters(Program program) {
        flush(); // the function reads the periods' windows from the table
        jdbi.useHandle(h -> h.createQuery(REBUILD_COUNTERS).bind("program", program.id).mapTo(String.class).one());
    }
}
