package vn.congdoan.sangkien.initiative;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.DefinedAttributeTemplateEngine;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.TemplateEngine;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.congdoan.sangkien.common.db.BoundedReads;
import vn.congdoan.sangkien.common.db.CustomPlans;
import vn.congdoan.sangkien.common.db.HeavyReads;
import vn.congdoan.sangkien.common.db.RecordRows;
import vn.congdoan.sangkien.common.db.SqlFiles;
import vn.congdoan.sangkien.common.text.SearchText;
import vn.congdoan.sangkien.initiative.InitiativeDtos.InitiativeSummary;
import vn.congdoan.sangkien.initiative.InitiativeDtos.SimilarInitiative;
import vn.congdoan.sangkien.unit.Unit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The initiative search, a page in two short statements: the ids of the page with the total as a window count,
 * sorting only narrow rows; then the columns a list shows of those rows, with their unit and programme. One wide
 * statement joined and sorted every match with all its columns (1,235 for "nuoc sach" in a province) to keep 20:
 * 40 % slower. Each filter that is set adds its condition, {@code InitiativeSearchRepository/where-<parameter>.sql};
 * Jdbi keeps the parsed SQL of each combination. Only a page past the last match needs another statement to count.
 */
@ApplicationScoped
public class InitiativeSearchRepository {

    private static final String PAGE_IDS = SqlFiles.of(InitiativeSearchRepository.class, "page-ids");
    private static final String COUNT = SqlFiles.of(InitiativeSearchRepository.class, "count");
    private static final String PAGE_ROWS = SqlFiles.of(InitiativeSearchRepository.class, "page-rows");
    private static final String SIMILAR_TITLES = SqlFiles.of(InitiativeSearchRepository.class, "similar-titles");
    private static final String SIMILAR_TITLES_IN_SUBTREE = SqlFiles.of(InitiativeSearchRepository.class, "similar-titles-in-subtree");
    /** The condition of each filter, by the name of the parameter it binds. */
    private static final Map<String, String> CONDITIONS = Stream.of("words", "program", "underUnit", "createdBy",
                    "assignedTo", "linkedAccount", "from", "to", "statuses", "field", "solutionType", "grade")
            .collect(Collectors.toMap(Function.identity(), name -> SqlFiles.of(InitiativeSearchRepository.class, "where-" + name)));
    private static final String AFTER_VALUE = SqlFiles.of(InitiativeSearchRepository.class, "after-value");
    private static final String AFTER_NULL = SqlFiles.of(InitiativeSearchRepository.class, "after-null");
    /** The SQL type of each sortable column, to read a cursor's value back as what it was. */
    private static final Map<String, String> SORT_TYPES = Map.of("updated_at", "timestamptz", "created_at", "timestamptz",
            "title", "text", "first_applied_on", "date", "status", "text", "receipt_number", "text");
    /** Fills in {@code <conditions>} and {@code <order>}. */
    private static final TemplateEngine FILTERS = new DefinedAttributeTemplateEngine();

    private static final RowMapper<PageId> PAGE_ID = RecordRows.of(PageId.class);
    private static final RowMapper<InitiativeSummary> SUMMARY = RecordRows.of(InitiativeSummary.class);
    private static final RowMapper<SimilarInitiative> SIMILAR = RecordRows.of(SimilarInitiative.class);

    private final Jdbi jdbi;
    private final HeavyReads reads;
    private final Duration similarTitlesLimit;

    public InitiativeSearchRepository(Jdbi jdbi, HeavyReads reads,
                                      @ConfigProperty(name = "sangkien.similar-titles.limit") Duration similarTitlesLimit) {
        this.jdbi = jdbi;
        this.reads = reads;
        this.similarTitlesLimit = similarTitlesLimit;
    }

    /**
     * One page of a search and the number of all its matches (read from a cursor: of those after it); {@code last} is
     * where the page ended (sort value as text, id) when more matches follow, for the next cursor.
     */
    public record Found(List<InitiativeSummary> items, long total, Position last) {
    }

    public record Position(String sortValue, long id) {
    }

    private record PageId(long id, long total, String sortValue) {
    }

    /**
     * @param sort  by columns of {@code initiative}, from the service's allow-list (never the caller's text), the first
     *              one's column and direction also those of the cursor
     * @param after the last row of the previous page (keyset paging), or null to read page {@code page} by offset
     */
    public Found search(InitiativeFilter filter, Sort sort, int page, int size, Position after) {
        Map<String, Object> values = filterValues(filter);
        String conditions = values.keySet().stream().map(CONDITIONS::get).collect(Collectors.joining("\n"));
        String order = sort.getColumns().stream()
                .map(c -> "i." + c.getName() + (c.getDirection() == Sort.Direction.Descending ? " desc" : " asc"))
                .collect(Collectors.joining(", "));
        Sort.Column first = sort.getColumns().get(0);
        long offset = after == null ? (long) page * size : 0;
        return reads.withHandle(h -> {
            Query pageIds = filtered(h, PAGE_IDS, conditions, values).define("order", order)
                    .define("sortValue", "i." + first.getName() + "::text").define("after", after == null ? "" : keyset(first, after));
            if (after != null) {
                pageIds.bind("afterValue", after.sortValue()).bind("afterId", after.id());
            }
            List<PageId> ids = pageIds.bind("limit", size).bind("offset", offset).map(PAGE_ID).list();
            if (ids.isEmpty()) {
                long total = page == 0 || after != null ? 0 : filtered(h, COUNT, conditions, values).mapTo(Long.class).one();
                return new Found(List.of(), total, null);
            }
            Map<Long, InitiativeSummary> loaded = h.createQuery(PAGE_ROWS)
                    .bindArray("ids", Long.class, ids.stream().map(PageId::id).toList()).map(SUMMARY).stream()
                    .collect(Collectors.toMap(InitiativeSummary::id, Function.identity()));
            // A dossier deleted between the two statements is left out of the page.
            List<InitiativeSummary> items = ids.stream().map(r -> loaded.get(r.id())).filter(Objects::nonNull).toList();
            PageId last = ids.get(ids.size() - 1);
            boolean more = ids.get(0).total() > offset + ids.size();
            return new Found(items, ids.get(0).total(), more ? new Position(last.sortValue(), last.id()) : null);
        });
    }

    /** The condition that keeps the rows after {@code after} in the order of {@code column}, then id (after-*.sql). */
    private static String keyset(Sort.Column column, Position after) {
        boolean descending = column.getDirection() == Sort.Direction.Descending;
        String name = column.getName();
        String sql = after.sortValue() == null
                ? AFTER_NULL.replace("<orValues>", descending ? "or i." + name + " is not null" : "")
                : AFTER_VALUE.replace("<orNulls>", descending ? "" : "or i." + name + " is null")
                        .replace("<cmp>", descending ? "<" : ">").replace("<type>", SORT_TYPES.get(name));
        return sql.replace("<column>", name);
    }

    /**
     * Titles of the programme close to this one (pg_trgm similarity at least 0.3), most alike first, within a subtree
     * and, when {@code createdBy} is given, among that user's dossiers only. A suggestion: none when finding them takes
     * longer than {@code sangkien.similar-titles.limit}, rather than a write that fails or waits for them.
     */
    public List<SimilarInitiative> similarTitles(long programId, long excludeId, String foldedTitle, String rootPath,
                                                 String createdBy) {
        if (foldedTitle == null || foldedTitle.isBlank()) {
            return List.of();
        }
        Map<String, Object> owner = createdBy == null ? Map.of() : Map.of("createdBy", createdBy);
        // A district or a grassroots union from its own units' dossiers (similar-titles-in-subtree.sql, 40-70 ms at a
        // million dossiers); a province or the country nearest first through the trigram index: Lai Châu's 1,044 units
        // compared one by one took 1.7 s on average by hand, the index walk 0.9 s (bench/README.md, "Soak").
        String sql = Unit.isBelowTopLevel(rootPath) ? SIMILAR_TITLES_IN_SUBTREE : SIMILAR_TITLES;
        return BoundedReads.within(jdbi, similarTitlesLimit, "Similar titles", h ->
                filtered(h, sql, createdBy == null ? "" : CONDITIONS.get("createdBy"), owner)
                        .addCustomizer(CustomPlans.FOR_EACH_CALL) // a generic plan walks the country's close titles (soak: over a minute)
                        .bind("title", foldedTitle).bind("program", programId).bind("exclude", excludeId)
                        .bind("rootPath", rootPath).map(SIMILAR).list(), List::of);
    }

    private static Query filtered(Handle handle, String sql, String conditions, Map<String, Object> values) {
        return handle.createQuery(sql).setTemplateEngine(FILTERS).define("conditions", conditions).bindMap(values);
    }

    /** The value of each filter that is set, by parameter name; an unset filter adds no condition. */
    private static Map<String, Object> filterValues(InitiativeFilter filter) {
        Map<String, Object> values = new LinkedHashMap<>();
        String words = filter.topUnit() == null ? SearchText.wordQuery(filter.q())
                : SearchText.wordQueryWithin(filter.q(), filter.topUnit());
        values.put("words", words);
        values.put("program", filter.program());
        // The top-level unit's own words already keep to its subtree.
        boolean impliedByWords = words != null && Objects.equals(filter.underUnit(), filter.topUnit());
        values.put("underUnit", impliedByWords ? null : filter.underUnit());
        values.put("createdBy", filter.createdBy());
        values.put("assignedTo", filter.assignedTo());
        values.put("linkedAccount", filter.linkedAccount());
        values.put("from", filter.period() == null ? null : filter.period().startsOn);
        values.put("to", filter.period() == null ? null : filter.period().endsOn);
        values.put("statuses", filter.statuses().isEmpty() ? null
                : filter.statuses().stream().map(Enum::name).toArray(String[]::new));
        values.put("field", filter.field() == null ? null : filter.field().name());
        values.put("solutionType", filter.solutionType() == null ? null : filter.solutionType().name());
        values.put("grade", filter.grade());
        values.values().removeIf(Objects::isNull);
        return values;
    }
}
