package vn.congdoan.sangkien.initiative;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
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
        // For writes and transitions: the unit with the authors in one statement (the helpers are in the row); the
        // programme comes from the second-level cache. Plain reads go through InitiativeReadRepository instead.
        return find("from Initiative i join fetch i.unit left join fetch i.authors where i.id = ?1", id)
                .singleResultOptional();
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
