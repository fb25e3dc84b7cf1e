package vn.congdoan.sangkien.report;

import jakarta.enterprise.context.ApplicationScoped;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import vn.congdoan.sangkien.common.db.HeavyReads;
import vn.congdoan.sangkien.common.db.RecordRows;
import vn.congdoan.sangkien.common.db.SqlFiles;
import vn.congdoan.sangkien.program.Period;
import vn.congdoan.sangkien.report.RegisterDtos.RegisterEntry;

import java.util.List;

/** The initiative register: what the national confederation may know of each dossier, and nothing personal. */
@ApplicationScoped
public class RegisterRepository {

    private static final String COUNT = SqlFiles.of(RegisterRepository.class, "count");
    private static final String PAGE = SqlFiles.of(RegisterRepository.class, "page");
    private static final RowMapper<RegisterEntry> ENTRY = RecordRows.of(RegisterEntry.class);

    /** Every read here is a report's: on the replica when it is up to date. */
    private final HeavyReads reads;

    public RegisterRepository(HeavyReads reads) {
        this.reads = reads;
    }

    public long count(long programId, Period period, String rootPath, List<String> statuses) {
        return reads.withHandle(h -> bind(h, COUNT, programId, period, rootPath, statuses).mapTo(Long.class).one());
    }

    public List<RegisterEntry> page(long programId, Period period, String rootPath, List<String> statuses, int page, int size) {
        return reads.withHandle(h -> bind(h, PAGE, programId, period, rootPath, statuses)
                .bind("size", size).bind("offset", (long) page * size).map(ENTRY).list());
    }

    private static Query bind(Handle handle, String sql, long programId, Period period, String rootPath, List<String> statuses) {
        return handle.createQuery(sql).bind("program", programId).bind("rootPath", rootPath)
                .bind("periodStart", period.startsOn).bind("periodEnd", period.endsOn)
                .bindArray("statuses", String.class, statuses);
    }
}
