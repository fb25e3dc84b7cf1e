package vn.congdoan.sangkien.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class RubricRepository implements PanacheRepositoryBase<Rubric, Long> {

    public Optional<Rubric> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
