package vn.congdoan.sangkien.initiative.importing;

import vn.congdoan.sangkien.common.spreadsheet.ImportMode;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import vn.congdoan.sangkien.common.db.RecordRows;
import vn.congdoan.sangkien.common.db.SqlFiles;
import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.initiative.importing.ImportRows.ImportUnit;
import vn.congdoan.sangkien.initiative.importing.RowEncoder.Encoded;
import vn.congdoan.sangkien.initiative.importing.RowEncoder.Ids;
import vn.congdoan.sangkien.common.spreadsheet.SheetReader.SheetRow;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The import's writes. The rows are checked and turned into COPY text on a thread of their own ({@link RowEncoder})
 * while this thread streams them into PostgreSQL's {@code COPY initiative ... from stdin}: parsing and PostgreSQL's
 * work on the rows (heap, indexes, foreign keys, triggers) run on the two cores at once. The progress counters of all
 * the rows are merged in one statement at the end, just before the commit (merge-counters.sql). SQL in
 * {@code ImportRepository/*.sql}.
 */
@ApplicationScoped
public class ImportRepository {

    private static final RowMapper<ImportUnit> UNIT = RecordRows.of(ImportUnit.class);
    private static final RowMapper<ReceiptCounter> RECEIPT_COUNTER = RecordRows.of(ReceiptCounter.class);
    private static final RowMapper<Ids> IDS_ROW = RecordRows.of(Ids.class);

    private static final Logger LOG = Logger.getLogger(ImportRepository.class);

    static final String COPY_INITIATIVES = SqlFiles.of(ImportRepository.class, "copy-initiatives");
    static final String COPY_EVENTS = SqlFiles.of(ImportRepository.class, "copy-events");
    static final String COPY_AUTHORS = SqlFiles.of(ImportRepository.class, "copy-authors");
    private static final String UNITS = SqlFiles.of(ImportRepository.class, "units");
    private static final String IDS = SqlFiles.of(ImportRepository.class, "ids");
    private static final String LOCK_RECEIPTS = SqlFiles.of(ImportRepository.class, "lock-receipts");
    private static final String COUNT_RECEIPTS = SqlFiles.of(ImportRepository.class, "count-receipts");
    private static final String DROP_UNUSED_RECEIPT_COUNTERS = SqlFiles.of(ImportRepository.class, "drop-unused-receipt-counters");
    private static final String MERGE_PENDING_SEARCH_ENTRIES = SqlFiles.of(ImportRepository.class, "merge-pending-search-entries");
    private static final String MERGE_COUNTERS = SqlFiles.of(ImportRepository.class, "merge-counters");
    private static final String EXISTING_KEYS = SqlFiles.of(ImportRepository.class, "existing-keys");

    private final Jdbi jdbi;

    public ImportRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The units with these codes that exist, whoever may see them. */
    public List<ImportUnit> units(Collection<String> codes) {
        return jdbi.withHandle(h -> h.createQuery(UNITS).bindArray("codes", String.class, codes)
                .map(UNIT).list());
    }

    /** Of these natural keys, the ones some stored initiative has. */
    public Set<UUID> existingKeys(Collection<UUID> keys) {
        return jdbi.withHandle(h -> existingKeys(h, keys));
    }

    private static Set<UUID> existingKeys(Handle handle, Collection<UUID> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        String[] texts = keys.stream().map(UUID::toString).toArray(String[]::new);
        Set<UUID> found = new HashSet<>();
        handle.createQuery(EXISTING_KEYS).bind("keys", texts).mapTo(String.class).forEach(k -> found.add(UUID.fromString(k)));
        return found;
    }

    /** What a load needs besides the rows; {@code year} is the receipt numbers' year. */
    public record Load(long programId, long batchId, ImportMode mode, String actor, String reason, java.time.Instant now,
                       java.time.LocalDate today) {
    }

    /**
     * Checks the rows and writes the accepted ones with their authors and one "imported" event each; non-drafts get
     * receipt numbers. In {@link ImportMode#ALL_OR_NOTHING} a wrong row stops the COPY (PostgreSQL discards what it
     * had) and, once every row is checked, answers 400 naming them all; the caller's transaction then rolls back.
     */
    public Encoded load(Load load, List<SheetRow> rows, ImportRows checker, Collection<ImportUnit> units, Collection<UUID> keys) {
        return jdbi.withHandle(handle -> {
            try {
                return load(handle, load, rows, checker, units, keys);
            } catch (SQLException | RuntimeException e) {
                throw ImportFailures.of(e);
            }
        });
    }

    private Encoded load(Handle handle, Load load, List<SheetRow> rows, ImportRows checker, Collection<ImportUnit> units,
                         Collection<UUID> keys) throws SQLException {
        // The search index takes the new rows into its pending list and merges them in one sorted batch at the end,
        // much cheaper than row by row; left to autovacuum, every search would read the whole list until then.
        long begin = System.nanoTime();
        handle.execute("set local gin_pending_list_limit = '64MB'");
        int year = load.today().getYear();
        Long[] unitIds = units.stream().map(ImportUnit::id).sorted().toArray(Long[]::new);
        Map<Long, Integer> lastReceipt = new HashMap<>();
        handle.createQuery(LOCK_RECEIPTS).bind("year", year).bind("units", unitIds)
                .map(RECEIPT_COUNTER).forEach(c -> lastReceipt.put(c.unitId(), c.last()));
        // After the lock: an import of the same units that committed meanwhile is seen; the unique index backs it.
        Set<UUID> existing = existingKeys(handle, keys);
        Ids ids = handle.createQuery(IDS).bind("rows", rows.size()).bind("authors", checker.authorsAtMost(rows))
                .map(IDS_ROW).one();

        // The counters' statement trigger would lock every ancestor's counter row (the national one too) at the end of
        // the COPY and hold it while authors and events follow; they are merged last instead (merge-counters.sql).
        handle.execute("set local sangkien.counters = 'off'");
        CopyManager copyApi = handle.getConnection().unwrap(PGConnection.class).getCopyAPI();
        RowEncoder encoder = new RowEncoder(load, rows, checker, ids, lastReceipt, year, existing);
        long prepared = System.nanoTime();
        Encoded encoded = encoder.streamInto(copyApi.copyIn(COPY_INITIATIVES));
        long copied = System.nanoTime();
        if (load.mode() == ImportMode.ALL_OR_NOTHING && encoded.rejectedCount() > 0) {
            throw ApiException.invalid("import-rejected", encoded.rejectedListed().stream()
                    .flatMap(r -> r.errors().stream()).toList(), encoded.rejectedCount());
        }
        copy(copyApi.copyIn(COPY_AUTHORS), encoded.authors());
        copy(copyApi.copyIn(COPY_EVENTS), encoded.events());
        long related = System.nanoTime();

        Map<Long, Integer> given = encoded.receiptsGiven();
        if (!given.isEmpty()) {
            handle.createUpdate(COUNT_RECEIPTS).bind("year", year)
                    .bind("units", given.keySet().toArray(Long[]::new))
                    .bind("given", given.values().toArray(Integer[]::new)).execute();
        }
        handle.createUpdate(DROP_UNUSED_RECEIPT_COUNTERS).bind("year", year).bind("units", unitIds).execute();
        handle.createQuery(MERGE_PENDING_SEARCH_ENTRIES).mapTo(Long.class).list();
        handle.execute("set local sangkien.counters = 'on'");
        handle.createQuery(MERGE_COUNTERS).bindArray("ids", Long.class, Arrays.stream(ids.initiativeIds()).boxed().toArray(Long[]::new))
                .mapTo(String.class).list();
        LOG.infof("import batch %d: %d rows stored, %d rejected, %d skipped as already there; ids, receipt counters and "
                        + "natural keys %d ms, COPY of the initiatives "
                        + "%d ms (waiting for checked rows %d ms), authors and events %d ms, receipt counts and index merge %d ms",
                load.batchId(), encoded.imported(), encoded.rejectedCount(), encoded.skippedCount(), (prepared - begin) / 1_000_000,
                (copied - prepared) / 1_000_000, encoder.waitedMillis(), (related - copied) / 1_000_000,
                (System.nanoTime() - related) / 1_000_000);
        return encoded;
    }

    /** A unit's receipt counter for the year as locked: the last number already given. */
    public record ReceiptCounter(long unitId, int last) {
    }

    private static void copy(CopyIn copy, List<byte[]> chunks) throws SQLException {
        try {
            for (byte[] chunk : chunks) {
                copy.writeToCopy(chunk, 0, chunk.length);
            }
            copy.endCopy();
        } catch (SQLException | RuntimeException e) {
            cancel(copy, e);
            throw e;
        }
    }

    /** Ends a COPY that cannot finish, so that the connection can roll back; the first failure is the one told. */
    static void cancel(CopyIn copy, Throwable cause) {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
