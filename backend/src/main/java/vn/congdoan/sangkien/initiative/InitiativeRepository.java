package vn.congdoan.sangkien.initiative;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.congdoan.sangkien.common.text.SearchText;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class InitiativeRepository implements PanacheRepositoryBase<Initiative, Long> {

    public Optional<Initiative> findWithAuthors(long id) {
        return find("from Initiative i left join fetch i.authors where i.id = ?1", id).firstResultOptional();
    }

    public PanacheQuery<Initiative> search(InitiativeFilter filter, Sort sort) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        List<String> words = SearchText.words(filter.q());
        for (int i = 0; i < words.size(); i++) {
            where.append(" and searchText like :w").append(i);
            params.and("w" + i, SearchText.containsPattern(words.get(i)));
        }
        if (filter.program() != null) {
            where.append(" and program.id = :program");
            params.and("program", filter.program());
        }
        if (filter.unitPath() != null) {
            where.append(" and unit.path like :unitPath");
            params.and("unitPath", filter.unitPath() + "%");
        }
        if (filter.createdBy() != null) {
            where.append(" and createdBy = :createdBy");
            params.and("createdBy", filter.createdBy());
        }
        if (filter.period() != null) {
            where.append(" and firstAppliedOn between :from and :to");
            params.and("from", filter.period().startsOn).and("to", filter.period().endsOn);
        }
        if (!filter.statuses().isEmpty()) {
            where.append(" and status in :statuses");
            params.and("statuses", filter.statuses());
        }
        if (filter.field() != null) {
            where.append(" and field = :field");
            params.and("field", filter.field());
        }
        if (filter.solutionType() != null) {
            where.append(" and solutionType = :solutionType");
            params.and("solutionType", filter.solutionType());
        }
        return find(where.toString(), sort, params);
    }
}
