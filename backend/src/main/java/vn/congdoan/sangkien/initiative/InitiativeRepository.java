package vn.congdoan.sangkien.initiative;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class InitiativeRepository implements PanacheRepositoryBase<Initiative, Long> {

    public Optional<Initiative> findWithAuthors(long id) {
        // For writes and transitions: the unit with the authors in one statement (the helpers are in the row); the
        // programme comes from the second-level cache. Plain reads go through InitiativeReadRepository instead.
        return find("from Initiative i join fetch i.unit left join fetch i.authors where i.id = ?1", id)
                .singleResultOptional();
    }
}
