package vn.congdoan.sangkien.initiative;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.congdoan.sangkien.common.text.SearchText;
import vn.congdoan.sangkien.initiative.InitiativeDtos.SimilarInitiative;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class InitiativeRepository implements PanacheRepositoryBase<Initiative, Long> {

    private static final String SIMILAR_TITLES = """
            select i.id, i.title, u.name, i.status, similarity(i.folded_title, :title) as s
              from initiative i join unit u on u.id = i.unit_id
             where i.program_id = :program and i.id <> :exclude and u.path like :path /*owner*/
               and i.folded_title % :title
             order by i.folded_title <-> :title, i.id
             limit 5
            """;

    public Optional<Initiative> findWithAuthors(long id) {
        // One statement for what a read shows: the unit and programme with the authors (helpers follow in a second).
        return find("from Initiative i join fetch i.unit join fetch i.program left join fetch i.authors where i.id = ?1", id)
                .singleResultOptional();
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
            // The subtree's unit ids first: the initiatives are then fetched by unit, not filtered after a national scan.
            where.append(" and unit.id in (select u.id from Unit u where u.path like :unitPath)");
            params.and("unitPath", filter.unitPath() + "%");
        }
        if (filter.createdBy() != null) {
            where.append(" and createdBy = :createdBy");
            params.and("createdBy", filter.createdBy());
        }
        if (filter.assignedTo() != null) {
            where.append(" and id in (select e.initiative.id from Evaluation e where e.evaluator = :assignedTo)");
            params.and("assignedTo", filter.assignedTo());
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
        if (filter.grade() != null) {
            where.append(" and grade = :grade");
            params.and("grade", filter.grade());
        }
        return find(where.toString(), sort, params);
    }

    /**
     * Titles of the programme close to this one (pg_trgm similarity at least 0.3), most alike first, within a unit path
     * and, when {@code createdBy} is given, among that user's dossiers only.
     */
    public List<SimilarInitiative> similarTitles(long programId, long excludeId, String foldedTitle, String pathPrefix,
                                                 String createdBy) {
        if (foldedTitle == null || foldedTitle.isBlank()) {
            return List.of();
        }
        // Two fixed statements rather than "(:owner is null or …)", so each keeps a plan of its own.
        String sql = SIMILAR_TITLES.replace("/*owner*/", createdBy == null ? "" : "and i.created_by = :owner");
        var query = getEntityManager().createNativeQuery(sql)
                .setParameter("title", foldedTitle).setParameter("program", programId)
                .setParameter("exclude", excludeId).setParameter("path", pathPrefix + "%");
        if (createdBy != null) {
            query.setParameter("owner", createdBy);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new SimilarInitiative(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                InitiativeStatus.valueOf((String) r[3]), Math.round(((Number) r[4]).doubleValue() * 100) / 100.0)).toList();
    }
}
