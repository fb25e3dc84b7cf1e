package vn.congdoan.sangkien.initiative;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.congdoan.sangkien.common.text.SearchText;
import vn.congdoan.sangkien.initiative.InitiativeDtos.InitiativeSummary;
import vn.congdoan.sangkien.initiative.InitiativeDtos.SimilarInitiative;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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
        // One statement for what a read shows: the unit with the authors (helpers follow in a second); the programme
        // comes from the second-level cache, cheaper than joining it again on every read.
        return find("from Initiative i join fetch i.unit left join fetch i.authors where i.id = ?1", id)
                .singleResultOptional();
    }

    /** One page of a search and the number of all its matches. */
    public record Found(List<InitiativeSummary> items, long total) {
    }

    /**
     * A page in two short statements: the ids of the page with the total as a window count, sorting only narrow rows;
     * then the columns of those rows that a list shows, with their unit and programme. One wide statement joined and
     * sorted every match with all its columns (1,235 for "nuoc sach" in a province) to keep 20: 40 % slower. Only a
     * page past the last match needs another statement to count.
     */
    public Found search(InitiativeFilter filter, Sort sort, int page, int size) {
        Parameters params = new Parameters();
        String where = where(filter, params);
        String order = sort.getColumns().stream()
                .map(c -> "i." + c.getName() + (c.getDirection() == Sort.Direction.Descending ? " desc" : " asc"))
                .collect(Collectors.joining(", "));
        var query = getEntityManager().createQuery("select i.id, count(*) over () from Initiative i where " + where
                + " order by " + order, Object[].class);
        params.map().forEach(query::setParameter);
        List<Object[]> rows = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        if (rows.isEmpty()) {
            return new Found(List.of(), page == 0 ? 0 : count("from Initiative i where " + where, params));
        }
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        // Only the columns a list shows: a dossier's long texts (solution, novelty, benefits…) stay in the database.
        Map<Long, InitiativeSummary> loaded = getEntityManager().createQuery("""
                        select i.id, p.code, u.code, u.name, i.title, i.solutionType, i.field, i.firstAppliedOn, i.status,
                               i.receiptNumber, i.grade, i.updatedAt, i.version
                          from Initiative i join i.unit u join i.program p where i.id in :ids""", InitiativeSummary.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(InitiativeSummary::id, Function.identity()));
        // A dossier deleted between the two statements is left out of the page.
        List<InitiativeSummary> items = ids.stream().map(loaded::get).filter(Objects::nonNull).toList();
        return new Found(items, ((Number) rows.get(0)[1]).longValue());
    }

    private static String where(InitiativeFilter filter, Parameters params) {
        StringBuilder where = new StringBuilder("1 = 1");
        String words = SearchText.wordQuery(filter.q());
        if (words != null) {
            where.append(" and function('initiative_text_matches', i.searchText, :words) = true");
            params.and("words", words);
        }
        if (filter.program() != null) {
            where.append(" and i.program.id = :program");
            params.and("program", filter.program());
        }
        if (filter.underUnit() != null) {
            where.append(" and function('initiative_under_unit', i.unitAncestors, :underUnit) = true");
            params.and("underUnit", filter.underUnit());
        }
        if (filter.createdBy() != null) {
            where.append(" and i.createdBy = :createdBy");
            params.and("createdBy", filter.createdBy());
        }
        if (filter.assignedTo() != null) {
            where.append(" and i.id in (select e.initiative.id from Evaluation e where e.evaluator = :assignedTo)");
            params.and("assignedTo", filter.assignedTo());
        }
        if (filter.period() != null) {
            where.append(" and i.firstAppliedOn between :from and :to");
            params.and("from", filter.period().startsOn).and("to", filter.period().endsOn);
        }
        // One status, the usual filter, as "=": a list parameter keeps Hibernate from caching the translated statement.
        if (filter.statuses().size() == 1) {
            where.append(" and i.status = :status");
            params.and("status", filter.statuses().get(0));
        } else if (!filter.statuses().isEmpty()) {
            where.append(" and i.status in :statuses");
            params.and("statuses", filter.statuses());
        }
        if (filter.field() != null) {
            where.append(" and i.field = :field");
            params.and("field", filter.field());
        }
        if (filter.solutionType() != null) {
            where.append(" and i.solutionType = :solutionType");
            params.and("solutionType", filter.solutionType());
        }
        if (filter.grade() != null) {
            where.append(" and i.grade = :grade");
            params.and("grade", filter.grade());
        }
        return where.toString();
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
