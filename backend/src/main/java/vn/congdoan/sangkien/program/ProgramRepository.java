package vn.congdoan.sangkien.program;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.jpa.HibernateHints;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ProgramRepository implements PanacheRepositoryBase<Program, Long> {

    public Optional<Program> findByCode(String code) {
        return find("code", code).withHint(HibernateHints.HINT_CACHEABLE, true).firstResultOptional();
    }

    public List<Program> listByCode() {
        return listAll(Sort.ascending("code"));
    }
}
