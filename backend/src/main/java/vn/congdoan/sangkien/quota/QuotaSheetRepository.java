package vn.congdoan.sangkien.quota;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.congdoan.sangkien.program.Program;
import vn.congdoan.sangkien.unit.Unit;

import java.util.Optional;

@ApplicationScoped
public class QuotaSheetRepository implements PanacheRepositoryBase<QuotaSheet, Long> {

    public Optional<QuotaSheet> find(Program program, Unit unit) {
        return find("program = ?1 and unit = ?2", program, unit).firstResultOptional();
    }
}
