package vn.congdoan.sangkien.review;

import jakarta.enterprise.context.ApplicationScoped;
import org.jdbi.v3.core.mapper.RowMapper;
import vn.congdoan.sangkien.common.db.HeavyReads;
import vn.congdoan.sangkien.common.db.RecordRows;
import vn.congdoan.sangkien.common.db.SqlFiles;
import vn.congdoan.sangkien.common.text.VietnamClock;
import vn.congdoan.sangkien.program.Period;
import vn.congdoan.sangkien.review.ReviewDtos.TypicalInitiative;

import java.time.LocalDate;
import java.util.List;

/** The one part of a review report no other report has: its typical initiatives, as they stood on a day. */
@ApplicationScoped
public class ReviewRepository {

    private static final String TYPICAL = SqlFiles.of(ReviewRepository.class, "typical");
    private static final RowMapper<TypicalInitiative> TYPICAL_ROW = RecordRows.of(TypicalInitiative.class);

    private final HeavyReads reads;

    public ReviewRepository(HeavyReads reads) {
        this.reads = reads;
    }

    public List<TypicalInitiative> typical(long programId, Period period, String rootPath, LocalDate asOf, int limit) {
        return reads.withHandle(h -> h.createQuery(TYPICAL).bind("program", programId).bind("rootPath", rootPath)
                .bind("periodStart", period.startsOn).bind("periodEnd", period.endsOn)
                .bind("before", asOf.plusDays(1).atStartOfDay(VietnamClock.VIETNAM).toOffsetDateTime())
                .bind("limit", limit).map(TYPICAL_ROW).list());
    }
}
