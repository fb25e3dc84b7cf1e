package vn.congdoan.sangkien.report;

import jakarta.enterprise.context.ApplicationScoped;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import vn.congdoan.sangkien.common.db.ChangeFeed;
import vn.congdoan.sangkien.common.sync.ChangePage;
import vn.congdoan.sangkien.common.sync.ChangeToken;
import vn.congdoan.sangkien.common.sync.Removal;
import vn.congdoan.sangkien.report.RegisterDtos.RegisterChange;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import vn.congdoan.sangkien.common.db.HeavyReads;
import vn.congdoan.sangkien.common.db.RecordRows;
import vn.congdoan.sangkien.common.db.SqlFiles;
import vn.congdoan.sangkien.program.Period;
import vn.congdoan.sangkien.report.RegisterDtos.RegisterEntry;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** The initiative register: what the national confederation may know of each dossier, and nothing personal. */
@ApplicationScoped
public class RegisterRepository {

    private static final String COUNT = SqlFiles.of(RegisterRepository.class, "count");
    private static final String PAGE = SqlFiles.of(RegisterRepository.class, "page");
    private static final String CHANGES = SqlFiles.of(RegisterRepository.class, "changes");
    private static final String EXPORT = SqlFiles.of(RegisterRepository.class, "export");
    private static final String EXPORT_REMOVED = SqlFiles.of(RegisterRepository.class, "export-removed");
    private static final RowMapper<Removal> REMOVAL = RecordRows.of(Removal.class);
    /** Rows a cursor fetches at a time: the export's memory stays this many rows, whatever the register's size. */
    private static final int EXPORT_FETCH = 2000;
    private static final RowMapper<RegisterEntry> ENTRY = RecordRows.of(RegisterEntry.class);
    private static final RowMapper<RegisterChange> CHANGE = RecordRows.of(RegisterChange.class);

    /** Every read here is a report's: on the replica when it is up to date. */
    private final HeavyReads reads;

    /** The change feed reads the primary (common.db.ChangeFeed says why). */
    private final Jdbi primary;

    public RegisterRepository(HeavyReads reads, Jdbi primary) {
        this.reads = reads;
        this.primary = primary;
    }

    /** One page of the programme's register changes in the subtree at {@code rootPath}. */
    public ChangePage<RegisterChange> changes(long programId, String rootPath, ChangeToken token, int size) {
        return primary.withHandle(h -> ChangeFeed.page(h, CHANGES,
                q -> q.bind("program", programId).bind("rootPath", rootPath), CHANGE, token, size));
    }

    /**
     * The token a mirror continues from after an export that starts now: taken before the export's own read, so that
     * what commits meanwhile is read again next time (ChangeFeed).
     */
    public String tokenBeforeExport() {
        return primary.withHandle(ChangeFeed::tokenAfterFullPass);
    }

    /**
     * Streams the programme's register rows in the subtree written by a transaction from {@code fromXid} on (0: all),
     * then its deletions meanwhile, to the sinks, in one transaction on the primary through a cursor.
     */
    public void export(long programId, String rootPath, long fromXid, Consumer<RegisterChange> rows, Consumer<Removal> removals) {
        primary.useTransaction(h -> {
            try (Stream<RegisterChange> all = exportQuery(h, EXPORT, programId, rootPath, fromXid).map(CHANGE).stream()) {
                all.forEach(rows);
            }
            if (fromXid > 0) {
                try (Stream<Removal> gone = exportQuery(h, EXPORT_REMOVED, programId, rootPath, fromXid).map(REMOVAL).stream()) {
                    gone.forEach(removals);
                }
            }
        });
    }

    private static Query exportQuery(Handle h, String sql, long programId, String rootPath, long fromXid) {
        return h.createQuery(sql).bind("program", programId).bind("rootPath", rootPath).bind("from", Long.toString(fromXid))
                .setFetchSize(EXPORT_FETCH);
    }

    public long count(long programId, Period period, String rootPath, List<String> statuses) {
        return reads.withHandle(h -> bind(h, COUNT, programId, period, rootPath, statuses).mapTo(Long.class).one());
    }

    /** A page by offset ({@code afterId} 0) or after the dossier {@code afterId} (keyset), {@code size} rows at most. */
    public List<RegisterEntry> page(long programId, Period period, String rootPath, List<String> statuses, long offset, long afterId, int size) {
        return reads.withHandle(h -> bind(h, PAGE, programId, period, rootPath, statuses)
                .bind("size", size).bind("offset", offset).bind("afterId", afterId).map(ENTRY).list());
    }

    private static Query bind(Handle handle, String sql, long programId, Period period, String rootPath, List<String> statuses) {
        return handle.createQuery(sql).bind("program", programId).bind("rootPath", rootPath)
                .bind("periodStart", period.startsOn).bind("periodEnd", period.endsOn)
                .bindArray("statuses", String.class, statuses);
    }
}
