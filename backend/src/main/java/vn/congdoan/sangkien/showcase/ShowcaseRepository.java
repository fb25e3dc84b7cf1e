package vn.congdoan.sangkien.showcase;

import jakarta.enterprise.context.ApplicationScoped;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.DefinedAttributeTemplateEngine;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.TemplateEngine;
import vn.congdoan.sangkien.common.db.HeavyReads;
import vn.congdoan.sangkien.common.db.RecordRows;
import vn.congdoan.sangkien.common.db.SqlFiles;
import vn.congdoan.sangkien.initiative.InitiativeField;
import vn.congdoan.sangkien.initiative.SolutionType;
import vn.congdoan.sangkien.showcase.ShowcaseDtos.Helped;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The showcase's SQL ({@code ShowcaseRepository/*.sql}): the only place that decides which columns are public. */
@ApplicationScoped
public class ShowcaseRepository {

    private static final String PAGE = SqlFiles.of(ShowcaseRepository.class, "page");
    private static final String COUNT = SqlFiles.of(ShowcaseRepository.class, "count");
    private static final String ONE = SqlFiles.of(ShowcaseRepository.class, "one");
    private static final String AUTHOR_NAMES = SqlFiles.of(ShowcaseRepository.class, "author-names");
    private static final String PUBLISHED = SqlFiles.of(ShowcaseRepository.class, "published");
    private static final String MARK = SqlFiles.of(ShowcaseRepository.class, "mark");
    private static final String UNMARK = SqlFiles.of(ShowcaseRepository.class, "unmark");
    private static final String HELPED = SqlFiles.of(ShowcaseRepository.class, "helped");
    /** The condition of each filter, by the name of the parameter that turns it on. */
    private static final Map<String, String> CONDITIONS = Map.of(
            "words", SqlFiles.of(ShowcaseRepository.class, "where-words"),
            "field", SqlFiles.of(ShowcaseRepository.class, "where-field"),
            "unit", SqlFiles.of(ShowcaseRepository.class, "where-unit"));
    private static final TemplateEngine FILTERS = new DefinedAttributeTemplateEngine();

    private static final RowMapper<Row> ROW = RecordRows.of(Row.class);
    private static final RowMapper<One> ONE_ROW = RecordRows.of(One.class);
    private static final RowMapper<Helped> HELPED_ROW = RecordRows.of(Helped.class);

    record Row(long id, String title, String unitCode, String unitName, InitiativeField field, SolutionType solutionType,
               String summary, LocalDate recognisedOn, long helpedCount, long total) {
    }

    record One(long id, String title, String unitCode, String unitName, InitiativeField field, SolutionType solutionType,
               String summary, String benefitsByAuthors, String benefitsByAppliers, LocalDate recognisedOn, String grade,
               long helpedCount) {
    }

    record Found(List<Row> rows, long total) {
    }

    private final Jdbi jdbi;
    private final HeavyReads reads;

    public ShowcaseRepository(Jdbi jdbi, HeavyReads reads) {
        this.jdbi = jdbi;
        this.reads = reads;
    }

    /** @param filters by parameter name (words, wordList, field, unit), only those that are set */
    Found page(Map<String, Object> filters, int page, int size) {
        String conditions = filters.keySet().stream().map(CONDITIONS::get).filter(c -> c != null)
                .collect(Collectors.joining("\n"));
        return reads.withHandle(h -> {
            List<Row> rows = filtered(h, PAGE, conditions, filters).bind("limit", size).bind("offset", (long) page * size)
                    .map(ROW).list();
            long total = !rows.isEmpty() ? rows.get(0).total()
                    : page == 0 ? 0 : filtered(h, COUNT, conditions, filters).mapTo(Long.class).one();
            return new Found(rows, total);
        });
    }

    private static Query filtered(Handle handle, String sql, String conditions, Map<String, Object> values) {
        Query query = handle.createQuery(sql).setTemplateEngine(FILTERS).define("conditions", conditions);
        values.forEach((name, value) -> {
            if (value instanceof String[] array) {
                query.bindArray(name, String.class, (Object[]) array);
            } else {
                query.bind(name, value);
            }
        });
        return query;
    }

    Optional<One> one(long id) {
        return jdbi.withHandle(h -> h.createQuery(ONE).bind("id", id).map(ONE_ROW).findOne());
    }

    List<String> authorNames(long id) {
        return jdbi.withHandle(h -> h.createQuery(AUTHOR_NAMES).bind("id", id).mapTo(String.class).list());
    }

    boolean published(long id) {
        return jdbi.withHandle(h -> h.createQuery(PUBLISHED).bind("id", id).mapTo(Boolean.class).one());
    }

    Helped mark(long id, String username) {
        return jdbi.withHandle(h -> {
            h.createUpdate(MARK).bind("id", id).bind("username", username).execute();
            return helped(h, id, username);
        });
    }

    Helped unmark(long id, String username) {
        return jdbi.withHandle(h -> {
            h.createUpdate(UNMARK).bind("id", id).bind("username", username).execute();
            return helped(h, id, username);
        });
    }

    Helped helped(long id, String username) {
        return jdbi.withHandle(h -> helped(h, id, username));
    }

    private static Helped helped(Handle h, long id, String username) {
        return h.createQuery(HELPED).bind("id", id).bind("username", username).map(HELPED_ROW).one();
    }
}
