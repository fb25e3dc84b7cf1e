package vn.congdoan.sangkien.initiative.importing;

import vn.congdoan.sangkien.common.spreadsheet.ImportMode;
import org.postgresql.copy.CopyIn;
import vn.congdoan.sangkien.common.text.SearchText;
import vn.congdoan.sangkien.initiative.InitiativeStatus;
import vn.congdoan.sangkien.initiative.ReceiptNumbers;
import vn.congdoan.sangkien.initiative.importing.ImportRepository.Load;
import vn.congdoan.sangkien.initiative.importing.ImportRows.Author;
import vn.congdoan.sangkien.initiative.importing.ImportRows.ImportedRow;
import vn.congdoan.sangkien.common.spreadsheet.RejectedRow;
import vn.congdoan.sangkien.common.spreadsheet.SheetReader.SheetRow;

import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Checks the rows of a file on a thread of its own and hands the accepted ones over as COPY text, a chunk at a time,
 * to the thread that streams them into PostgreSQL: the file is checked while PostgreSQL stores what came before. The
 * authors' and events' rows are kept for their own COPY after (one COPY at a time on a connection, and they refer to
 * the initiatives). Nothing here touches the database: ids and receipt counters are taken before.
 */
final class RowEncoder {

    /** Ids taken for the file: the i-th row's initiative and event, and its authors' in turn. */
    public record Ids(long[] initiativeIds, long[] eventIds, long[] authorIds) {
    }

    /**
     * @param rejectedListed the first {@link ImportService#MAX_LISTED} rejected rows
     * @param receiptsGiven  receipt numbers given per unit id
     */
    record Encoded(int imported, int rejectedCount, List<RejectedRow> rejectedListed, int skippedCount,
                   List<Integer> skippedListed, List<byte[]> authors, List<byte[]> events, Map<Long, Integer> receiptsGiven) {
    }

    /** How long the streaming thread waited for checked rows: PostgreSQL idle because the checks lagged. */
    private long waitedNanos;

    /** A wrong row under all or nothing: the COPY can stop, the rest is checked only to list its wrong rows too. */
    private static final Object DOOMED = new Object();
    private static final int CHUNK_CHARS = 1 << 18;
    /**
     * At most this many chunks wait (about 16 MB, some 55,000 rows): the checks, several times faster than
     * PostgreSQL's work on the rows, build a lead while they have a core, so that PostgreSQL does not wait when
     * another process takes it from them for a while; bounded, so a file is never held twice in memory.
     */
    private static final int QUEUED_CHUNKS = 64;

    private record Failed(Throwable cause) {
    }

    private final Load load;
    private final List<SheetRow> rows;
    private final ImportRows checker;
    private final Ids ids;
    private final Map<Long, Integer> lastReceipt;
    private final int year;
    private final Set<UUID> existing;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED_CHUNKS);
    private final AtomicBoolean stop = new AtomicBoolean();

    /** @param existing the natural keys of the file's rows already in the database: those rows are skipped */
    RowEncoder(Load load, List<SheetRow> rows, ImportRows checker, Ids ids, Map<Long, Integer> lastReceipt, int year,
               Set<UUID> existing) {
        this.load = load;
        this.existing = existing;
        this.rows = rows;
        this.checker = checker;
        this.ids = ids;
        this.lastReceipt = lastReceipt;
        this.year = year;
    }

    /** Streams the accepted rows into the COPY as they are checked; a wrong row under all or nothing cancels it. */
    Encoded streamInto(CopyIn copy) throws SQLException {
        Thread checking = new Thread(this::encode, "import-rows-" + load.batchId());
        checking.setDaemon(true);
        checking.start();
        boolean cancelled = false;
        try {
            while (true) {
                Object item = queue.poll();
                if (item == null) {
                    long waitFrom = System.nanoTime();
                    item = queue.take();
                    waitedNanos += System.nanoTime() - waitFrom;
                }
                if (item instanceof byte[] chunk) {
                    copy.writeToCopy(chunk, 0, chunk.length);
                } else if (item == DOOMED) {
                    ImportRepository.cancel(copy, new IllegalStateException("cancelled"));
                    cancelled = true;
                } else if (item instanceof Failed failed) {
                    throw new IllegalStateException("checking the rows failed", failed.cause());
                } else {
                    Encoded encoded = (Encoded) item;
                    if (!cancelled) {
                        long stored = copy.endCopy();
                        if (stored != encoded.imported()) {
                            throw new IllegalStateException("COPY stored " + stored + " of " + encoded.imported() + " rows");
                        }
                    }
                    return encoded;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.set(true);
            ImportRepository.cancel(copy, e);
            throw new IllegalStateException("import interrupted", e);
        } catch (SQLException | RuntimeException e) {
            stop.set(true);
            ImportRepository.cancel(copy, e);
            throw e;
        }
    }

    private void encode() {
        try {
            encodeRows();
        } catch (Throwable t) {
            send(new Failed(t));
        }
    }

    private void encodeRows() {
        String now = load.now().truncatedTo(ChronoUnit.MICROS).toString();
        String programId = Long.toString(load.programId());
        String batchId = Long.toString(load.batchId());
        String submittedOn = load.today().toString();
        Map<Long, Integer> next = new HashMap<>(lastReceipt);
        Map<Long, Integer> given = new HashMap<>();
        Map<Long, String> ancestors = new HashMap<>();
        CopyText initiatives = new CopyText(CHUNK_CHARS + 8192);
        CopyText authors = new CopyText(CHUNK_CHARS + 8192);
        CopyText events = new CopyText(CHUNK_CHARS + 8192);
        List<byte[]> authorChunks = new ArrayList<>();
        List<byte[]> eventChunks = new ArrayList<>();
        List<RejectedRow> rejectedListed = new ArrayList<>();
        List<Integer> skippedListed = new ArrayList<>();
        Set<UUID> taken = new HashSet<>();
        int skipped = 0;
        int rejected = 0;
        int imported = 0;
        int author = 0;
        boolean doomed = false;
        for (int i = 0; i < rows.size(); i++) {
            if (stop.get()) {
                return;
            }
            Object checked = checker.check(rows.get(i));
            if (!(checked instanceof ImportedRow row)) {
                rejected++;
                if (rejectedListed.size() < ImportService.MAX_LISTED) {
                    rejectedListed.add((RejectedRow) checked);
                }
                if (load.mode() == ImportMode.ALL_OR_NOTHING && !doomed) {
                    doomed = true;
                    send(DOOMED);
                }
                continue;
            }
            if (doomed) {
                continue;
            }
            if (existing.contains(row.key()) || !taken.add(row.key())) {
                skipped++;
                if (skippedListed.size() < ImportService.MAX_LISTED) {
                    skippedListed.add(row.rowNumber());
                }
                continue;
            }
            long id = ids.initiativeIds()[i];
            long unitId = row.unit().id();
            String receipt = null;
            if (row.status() != InitiativeStatus.DRAFT) {
                given.merge(unitId, 1, Integer::sum);
                receipt = ReceiptNumbers.format(row.unit().code(), year, next.merge(unitId, 1, Integer::sum));
            }
            List<String> names = new ArrayList<>(row.authors().size());
            for (int a = 0; a < row.authors().size(); a++) {
                Author person = row.authors().get(a);
                names.add(person.fullName());
                authors.number(ids.authorIds()[author++]).number(id).number(a).text(person.fullName())
                        .plain(person.contributionPercent()).plain("t").endRow();
            }
            String firstApplied = row.firstAppliedOn().toString();
            initiatives.number(id).plain(programId).number(unitId).text(row.title()).text(row.summary())
                    .plain(row.solutionType().name()).plain(row.field().name()).plain(firstApplied).plain(row.status().name())
                    .text(SearchText.fold(row.title(), row.summary(), String.join(" ", names))).text(row.foldedTitle())
                    .plain(now).plain(now).number(0).text(load.actor()).plain(firstApplied).text(receipt)
                    .plain(receipt == null ? null : submittedOn).plain(row.estimatedValueVnd()).plain(batchId)
                    .plain(ancestors.computeIfAbsent(unitId, u -> unitAncestors(row.unit().path())))
                    .plain(row.key().toString()).endRow();
            events.number(ids.eventIds()[i]).number(id).nul().plain(row.status().name()).text(load.actor())
                    .plain(now).text(load.reason()).plain(programId).number(unitId).plain(firstApplied)
                    .plain(row.estimatedValueVnd()).plain(row.solutionType().name()).plain(row.field().name()).endRow();
            imported++;
            if (initiatives.length() >= CHUNK_CHARS && !send(initiatives.take())) {
                return;
            }
            if (authors.length() >= CHUNK_CHARS) {
                authorChunks.add(authors.take());
            }
            if (events.length() >= CHUNK_CHARS) {
                eventChunks.add(events.take());
            }
        }
        if (!doomed && initiatives.length() > 0 && !send(initiatives.take())) {
            return;
        }
        authorChunks.add(authors.take());
        eventChunks.add(events.take());
        send(new Encoded(imported, rejected, rejectedListed, skipped, skippedListed, authorChunks, eventChunks, given));
    }

    long waitedMillis() {
        return waitedNanos / 1_000_000;
    }

    /** The unit's path "/1/51/101/" as the array unit_ancestors(path) makes of it (V4): {1,51,101}. */
    static String unitAncestors(String path) {
        return "{" + path.substring(1, path.length() - 1).replace('/', ',') + "}";
    }

    /** False once the streaming side has given up (it failed), so that this thread ends too. */
    private boolean send(Object item) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (stop.get()) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
