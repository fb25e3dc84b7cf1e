package vn.congdoan.sangkien.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import org.jdbi.v3.core.Jdbi;
import vn.congdoan.sangkien.common.db.RecordRows;
import vn.congdoan.sangkien.common.db.SqlFiles;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the scheduled reminders read: targets against the counters, dossiers waiting, a province's week. */
@ApplicationScoped
public class ReminderRepository {

    private static final String BELOW_TARGET = SqlFiles.of(ReminderRepository.class, "below-target");
    private static final String OVERDUE = SqlFiles.of(ReminderRepository.class, "overdue");
    private static final String DIGEST = SqlFiles.of(ReminderRepository.class, "digest");

    private final Jdbi jdbi;

    public ReminderRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    record BelowTarget(long periodId, String periodCode, String periodName, LocalDate endsOn, String programCode, long unitId,
                       String unitCode, String unitName, String unitPath, int target, long valid) {
    }

    record Waiting(long initiativeId, String title, String receiptNumber, LocalDate submittedOn, String status,
                   String programCode, long unitId, String unitCode, String unitName, String unitPath) {
    }

    record Week(long unitId, String unitCode, String unitName, String unitPath, long submitted, long recognised, long waiting,
                long unitsBelowTarget) {
    }

    List<BelowTarget> belowTarget(LocalDate endsOn, LocalDate today) {
        return jdbi.withHandle(h -> h.createQuery(BELOW_TARGET).bind("endsOn", endsOn).bind("today", today)
                .map(RecordRows.of(BelowTarget.class)).list());
    }

    List<Waiting> waitingSince(LocalDate submittedBefore) {
        return jdbi.withHandle(h -> h.createQuery(OVERDUE).bind("submittedBefore", submittedBefore)
                .map(RecordRows.of(Waiting.class)).list());
    }

    List<Week> weekOfProvinces(OffsetDateTime from, OffsetDateTime to, LocalDate today) {
        return jdbi.withHandle(h -> h.createQuery(DIGEST).bind("from", from).bind("to", to).bind("today", today)
                .map(RecordRows.of(Week.class)).list());
    }
}
