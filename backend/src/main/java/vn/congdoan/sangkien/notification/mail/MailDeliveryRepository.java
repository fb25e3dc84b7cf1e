package vn.congdoan.sangkien.notification.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import vn.congdoan.sangkien.common.db.RecordRows;
import vn.congdoan.sangkien.common.db.SqlFiles;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The mail queue ({@code mail_delivery}): each step is one statement in a transaction of its own, committed before the
 * sender goes on, so that nothing is held while the SMTP server is talked to.
 */
@ApplicationScoped
public class MailDeliveryRepository {

    private static final String CLAIM = SqlFiles.of(MailDeliveryRepository.class, "claim");
    private static final String MARK_SENT = SqlFiles.of(MailDeliveryRepository.class, "mark-sent");
    private static final String MARK_FAILED = SqlFiles.of(MailDeliveryRepository.class, "mark-failed");
    private static final RowMapper<DueMail> DUE_MAIL = RecordRows.of(DueMail.class);
    /** last_error's width. */
    private static final int ERROR_LENGTH = 1000;

    private final Jdbi jdbi;

    public MailDeliveryRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Leases up to {@code limit} due mails until {@code leasedUntil} and counts the attempt; committed on return. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<DueMail> claim(OffsetDateTime now, OffsetDateTime leasedUntil, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery(CLAIM).bind("now", now).bind("leasedUntil", leasedUntil)
                .bind("limit", limit).map(DUE_MAIL).list());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void markSent(UUID id, OffsetDateTime now) {
        jdbi.useHandle(handle -> handle.createUpdate(MARK_SENT).bind("id", id).bind("now", now).execute());
    }

    /** Back to the queue for {@code nextAttemptAt}, or FAILED when it was the last attempt allowed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void markFailed(UUID id, OffsetDateTime nextAttemptAt, int maxAttempts, String error) {
        String kept = error == null ? null : error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
        jdbi.useHandle(handle -> handle.createUpdate(MARK_FAILED).bind("id", id).bind("nextAttemptAt", nextAttemptAt)
                .bind("maxAttempts", maxAttempts).bind("error", kept).execute());
    }
}
