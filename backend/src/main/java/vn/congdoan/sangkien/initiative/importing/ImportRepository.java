package vn.congdoan.sangkien.initiative.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import vn.congdoan.sangkien.common.text.SearchText;
import vn.congdoan.sangkien.initiative.ReceiptNumbers;
import vn.congdoan.sangkien.initiative.importing.ImportRows.Author;
import vn.congdoan.sangkien.initiative.importing.ImportRows.ImportedRow;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bulk writes of an import: each table in one statement over arrays (unnest), so 100.000 rows are a handful of
 * round trips; the progress counters are then updated once for the whole statement by their trigger.
 */
@ApplicationScoped
public class ImportRepository {

    // The rows and their "imported" events in one statement: the events come from what was inserted, not a re-read.
    // unit_ancestors from the unit's path here, so the row trigger that would look each one up is skipped (V8).
    private static final String INSERT_INITIATIVES_WITH_EVENTS = """
            with inserted as (
                insert into initiative (id, program_id, unit_id, title, summary, solution_type, field, first_applied_on,
                                        status, search_text, folded_title, created_at, updated_at, version, created_by,
                                        filed_on, receipt_number, submitted_on, estimated_value_vnd, import_batch_id,
                                        unit_ancestors)
                select t.id, ?, t.unit_id, t.title, t.summary, t.solution_type, t.field, t.first_applied_on, t.status,
                       t.search_text, t.folded_title, ?, ?, 0, ?, t.first_applied_on, t.receipt_number,
                       case when t.status <> 'DRAFT' then ?::date end, t.value, ?,
                       unit_ancestors(u.path)
                  from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::date[], ?::text[],
                              ?::text[], ?::text[], ?::text[], ?::numeric[])
                       t (id, unit_id, title, summary, solution_type, field, first_applied_on, status, search_text,
                          folded_title, receipt_number, value)
                  join unit u on u.id = t.unit_id
                returning id, status, program_id, unit_id, first_applied_on, estimated_value_vnd)
            insert into initiative_event (id, initiative_id, from_status, to_status, actor, at, reason,
                                          program_id, unit_id, first_applied_on, estimated_value_vnd)
            select nextval('initiative_event_seq'), i.id, null, i.status, ?, ?, ?, i.program_id, i.unit_id,
                   i.first_applied_on, i.estimated_value_vnd
              from inserted i
            """;

    private static final String INSERT_AUTHORS = """
            insert into initiative_author (id, initiative_id, position, full_name, contribution_percent, union_member)
            select nextval('initiative_author_seq'), t.initiative_id, t.position, t.full_name, t.share, true
              from unnest(?::bigint[], ?::int[], ?::text[], ?::numeric[]) t (initiative_id, position, full_name, share)
            """;

    private static final String RESERVE_RECEIPTS = """
            insert into receipt_counter (unit_id, year, last)
            select * from unnest(?::bigint[], ?::int[], ?::int[])
            on conflict (unit_id, year) do update set last = receipt_counter.last + excluded.last
            returning unit_id, year, last
            """;

    /** Only the index's owner may merge (as vacuum does); a database user that is not leaves it to autovacuum. */
    private static final String MERGE_PENDING_SEARCH_ENTRIES = """
            select gin_clean_pending_list(c.oid) from pg_class c
             where c.relname = 'initiative_search_words_idx' and pg_has_role(c.relowner, 'USAGE')
            """;

    private final EntityManager entityManager;

    public ImportRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Inserts the rows with their authors and one "imported" event each; non-drafts get receipt numbers. */
    public void insert(long programId, long batchId, List<ImportedRow> rows, String actor, String reason) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            // The search index takes the new rows into its pending list and merges them in one sorted batch at the end,
            // much cheaper than row by row; left to autovacuum, every search would read the whole list until then.
            try (var setting = connection.createStatement()) {
                setting.execute("set local gin_pending_list_limit = '64MB'");
            }
            Instant now = Instant.now();
            LocalDate today = LocalDate.now();
            List<Long> ids = ids(connection, rows.size());
            Map<ImportedRow, String> receipts = receipts(connection, rows, today.getYear());
            int n = rows.size();
            Object[][] columns = new Object[12][n];
            for (int i = 0; i < n; i++) {
                ImportedRow r = rows.get(i);
                Object[] values = {ids.get(i), r.unit().id, r.title(), r.summary(), r.solutionType().name(), r.field().name(),
                        Date.valueOf(r.firstAppliedOn()), r.status().name(),
                        SearchText.fold(r.title(), r.summary(), String.join(" ", r.authors().stream().map(Author::fullName).toList())),
                        r.foldedTitle(), receipts.get(r), r.estimatedValueVnd()};
                for (int c = 0; c < values.length; c++) {
                    columns[c][i] = values[c];
                }
            }
            String[] types = {"bigint", "bigint", "text", "text", "text", "text", "date", "text", "text", "text", "text", "numeric"};
            try (PreparedStatement insert = connection.prepareStatement(INSERT_INITIATIVES_WITH_EVENTS)) {
                insert.setLong(1, programId);
                insert.setTimestamp(2, Timestamp.from(now));
                insert.setTimestamp(3, Timestamp.from(now));
                insert.setString(4, actor);
                insert.setDate(5, Date.valueOf(today));
                insert.setLong(6, batchId);
                for (int c = 0; c < types.length; c++) {
                    insert.setArray(7 + c, connection.createArrayOf(types[c], columns[c]));
                }
                insert.setString(7 + types.length, actor);
                insert.setTimestamp(8 + types.length, Timestamp.from(now));
                insert.setString(9 + types.length, reason);
                int inserted = insert.executeUpdate();
                if (inserted != n) {
                    // Only a unit vanishing mid-import could drop a row from the join; the transaction must not commit.
                    throw new IllegalStateException("import inserted " + inserted + " of " + n + " rows");
                }
            }
            insertAuthors(connection, rows, ids);
            try (var merge = connection.createStatement()) {
                merge.execute(MERGE_PENDING_SEARCH_ENTRIES);
            }
        });
    }

    private static List<Long> ids(Connection connection, int count) throws SQLException {
        List<Long> ids = new ArrayList<>(count);
        try (PreparedStatement next = connection.prepareStatement("select nextval('initiative_seq') from generate_series(1, ?)")) {
            next.setInt(1, count);
            try (ResultSet rs = next.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Reserves a block of receipt numbers per unit for this year in one statement, then hands them out in row order. */
    private static Map<ImportedRow, String> receipts(Connection connection, List<ImportedRow> rows, int year) throws SQLException {
        Map<Long, Integer> perUnit = new HashMap<>();
        Map<Long, String> codes = new HashMap<>();
        for (ImportedRow r : rows) {
            if (r.status() != vn.congdoan.sangkien.initiative.InitiativeStatus.DRAFT) {
                perUnit.merge(r.unit().id, 1, Integer::sum);
                codes.put(r.unit().id, r.unit().code);
            }
        }
        Map<ImportedRow, String> numbers = new java.util.IdentityHashMap<>();
        if (perUnit.isEmpty()) {
            return numbers;
        }
        Map<Long, Integer> next = new HashMap<>();
        try (PreparedStatement reserve = connection.prepareStatement(RESERVE_RECEIPTS)) {
            reserve.setArray(1, connection.createArrayOf("bigint", perUnit.keySet().toArray()));
            reserve.setArray(2, connection.createArrayOf("integer", perUnit.keySet().stream().map(u -> year).toArray()));
            reserve.setArray(3, connection.createArrayOf("integer", perUnit.values().toArray()));
            try (ResultSet rs = reserve.executeQuery()) {
                while (rs.next()) {
                    long unit = rs.getLong(1);
                    next.put(unit, rs.getInt(3) - perUnit.get(unit) + 1);
                }
            }
        }
        for (ImportedRow r : rows) {
            if (r.status() != vn.congdoan.sangkien.initiative.InitiativeStatus.DRAFT) {
                int number = next.merge(r.unit().id, 1, Integer::sum) - 1;
                numbers.put(r, ReceiptNumbers.format(codes.get(r.unit().id), year, number));
            }
        }
        return numbers;
    }

    private static void insertAuthors(Connection connection, List<ImportedRow> rows, List<Long> ids) throws SQLException {
        List<Object> initiative = new ArrayList<>();
        List<Object> position = new ArrayList<>();
        List<Object> name = new ArrayList<>();
        List<Object> share = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Author> authors = rows.get(i).authors();
            for (int a = 0; a < authors.size(); a++) {
                initiative.add(ids.get(i));
                position.add(a);
                name.add(authors.get(a).fullName());
                share.add(authors.get(a).contributionPercent());
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_AUTHORS)) {
            insert.setArray(1, connection.createArrayOf("bigint", initiative.toArray()));
            insert.setArray(2, connection.createArrayOf("integer", position.toArray()));
            insert.setArray(3, connection.createArrayOf("text", name.toArray()));
            insert.setArray(4, connection.createArrayOf("numeric", share.toArray()));
            insert.executeUpdate();
        }
    }
}
