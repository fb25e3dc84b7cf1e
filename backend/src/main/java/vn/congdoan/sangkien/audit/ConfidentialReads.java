package vn.congdoan.sangkien.audit;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import vn.congdoan.sangkien.common.db.RecordRows;
import vn.congdoan.sangkien.common.db.SqlFiles;
import vn.congdoan.sangkien.common.db.Timestamps;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The record of who read which dossier's confidential parts, and when (V15). Written on the reading request's own
 * statement, before the parts leave the server: a read that cannot be recorded is not served.
 */
@ApplicationScoped
public class ConfidentialReads {

    private static final String RECORD = SqlFiles.of(ConfidentialReads.class, "record");
    private static final String PAGE = SqlFiles.of(ConfidentialReads.class, "page");
    private static final RowMapper<Row> ROW = RecordRows.of(Row.class);

    private final Jdbi jdbi;

    public ConfidentialReads(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Schema(name = "ConfidentialRead", description = "Một lần xem phần bảo mật / one read of a dossier's confidential parts")
    public record ConfidentialRead(
            @Schema(examples = "1042") long initiativeId,
            @Schema(examples = "cb.laichau") String reader,
            OffsetDateTime readAt,
            @Schema(description = "Tệp mật đã tải về; không có: phần bảo mật của hồ sơ / the confidential file downloaded; "
                    + "absent: the dossier's confidential text", examples = "2051") Long attachmentId) {
    }

    record Row(long initiativeId, String reader, OffsetDateTime readAt, Long attachmentId, long total) {
    }

    /** One page of reads and how many there are in all. */
    public record Found(List<ConfidentialRead> items, long total) {
    }

    /** A read of the dossier's confidential text. */
    public void record(long initiativeId, String unitPath, String reader) {
        record(initiativeId, unitPath, reader, null);
    }

    /** @param attachmentId the confidential file downloaded, or null for the dossier's confidential text */
    public void record(long initiativeId, String unitPath, String reader, Long attachmentId) {
        jdbi.useHandle(h -> h.createUpdate(RECORD).bind("initiative", initiativeId).bind("unitPath", unitPath)
                .bind("reader", reader).bind("at", Timestamps.now()).bind("attachment", attachmentId).execute());
    }

    /** @param initiativeId one dossier's reads, or null for all in the subtree */
    public Found within(String rootPath, Long initiativeId, int page, int size) {
        List<Row> rows = jdbi.withHandle(h -> h.createQuery(PAGE).bind("rootPath", rootPath)
                .bind("initiative", initiativeId).bind("limit", size).bind("offset", (long) page * size).map(ROW).list());
        return new Found(rows.stream().map(r -> new ConfidentialRead(r.initiativeId(), r.reader(), r.readAt(), r.attachmentId())).toList(),
                rows.isEmpty() ? 0 : rows.get(0).total());
    }
}
