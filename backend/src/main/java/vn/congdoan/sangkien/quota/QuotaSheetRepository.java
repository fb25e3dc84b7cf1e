package vn.congdoan.sangkien.quota;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.jdbi.v3.core.Jdbi;
import vn.congdoan.sangkien.common.db.SqlFiles;
import vn.congdoan.sangkien.program.Program;
import vn.congdoan.sangkien.unit.Unit;

import java.util.Collection;
import java.util.Optional;

@ApplicationScoped
public class QuotaSheetRepository implements PanacheRepositoryBase<QuotaSheet, Long> {

    private static final String LOCK_UNITS = SqlFiles.of(QuotaSheetRepository.class, "lock-units");

    private final Jdbi jdbi;

    public QuotaSheetRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Locks the rows of the units whose quotas a write reads or changes, until the transaction ends, so that two
     * writers of one table (or of a table and the one above it) take turns: the second then sees the first's version
     * and gets a 409 instead of colliding on the quota rows. Always top-down (depth, then id), so writers of
     * neighbouring levels cannot deadlock. NO KEY UPDATE: new initiatives may still reference these units meanwhile.
     */
    public void lockUnits(Collection<Long> unitIds) {
        jdbi.useHandle(h -> h.createQuery(LOCK_UNITS).bindArray("ids", Long.class, unitIds).mapTo(Long.class).list());
    }

    public Optional<QuotaSheet> find(Program program, Unit unit) {
        return find("program = ?1 and unit = ?2", program, unit).firstResultOptional();
    }
}
