package vn.congdoan.sangkien.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jdbi.v3.core.Jdbi;
import vn.congdoan.sangkien.common.db.RecordRows;
import vn.congdoan.sangkien.common.db.SqlFiles;
import vn.congdoan.sangkien.common.db.Timestamps;
import vn.congdoan.sangkien.common.paging.PageRequest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The deliveries' queue and log in SQL: claiming a due one with a lease, what each try did, the log a subscription's
 * manager reads. Each change is its own transaction: no transaction is held while a receiver is called.
 */
@ApplicationScoped
public class WebhookDeliveries {

    private static final String CLAIM = SqlFiles.of(WebhookDeliveries.class, "claim");
    private static final String FIND = SqlFiles.of(WebhookDeliveries.class, "find");
    private static final String SUBSCRIPTION_OF = SqlFiles.of(WebhookDeliveries.class, "subscription-of");
    private static final String DELIVERED = SqlFiles.of(WebhookDeliveries.class, "delivered");
    private static final String FAILED = SqlFiles.of(WebhookDeliveries.class, "failed");
    private static final String REPLAY_FAILED = SqlFiles.of(WebhookDeliveries.class, "replay-failed");
    private static final String LOG_ATTEMPT = SqlFiles.of(WebhookDeliveries.class, "log-attempt");
    private static final String PAGE = SqlFiles.of(WebhookDeliveries.class, "page");
    private static final String COUNT = SqlFiles.of(WebhookDeliveries.class, "count");
    private static final String ATTEMPTS = SqlFiles.of(WebhookDeliveries.class, "attempts");
    private static final String ONE = SqlFiles.of(WebhookDeliveries.class, "one");

    private static final RecordRows<Claimed> CLAIMED = RecordRows.of(Claimed.class);
    private static final RecordRows<DeliveryRow> DELIVERY = RecordRows.of(DeliveryRow.class);
    private static final RecordRows<AttemptRow> ATTEMPT = RecordRows.of(AttemptRow.class);

    private final Jdbi jdbi;

    public WebhookDeliveries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A delivery to send: where, with which secret, and its event as the outbox keeps it. */
    public record Claimed(long id, int attempts, String url, String secret, UUID eventId, String kind, Long unitId,
                          Long initiativeId, String actor, String data, OffsetDateTime occurredAt) {
    }

    /** A delivery as its log shows it. */
    public record DeliveryRow(long id, long subscriptionId, UUID eventId, String kind, String status, int attempts,
                              OffsetDateTime nextAttemptAt, Integer lastStatusCode, String lastError,
                              OffsetDateTime deliveredAt, OffsetDateTime createdAt) {
    }

    /** One try as the log keeps it. */
    public record AttemptRow(long deliveryId, OffsetDateTime attemptedAt, Integer statusCode, String error,
                             long durationMs, boolean replay, String replayedBy, String note) {
    }

    /** One try's outcome: a status code (absent when the receiver was not reached), an error, how long it took. */
    public record Outcome(Integer statusCode, String error, long durationMs) {

        public boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    /** The oldest delivery due by {@code due} that no sender holds, now held until {@code leasedUntil}; committed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Claimed> claim(OffsetDateTime due, OffsetDateTime leasedUntil) {
        return jdbi.withHandle(handle -> handle.createQuery(CLAIM).bind("due", due).bind("now", Timestamps.now())
                .bind("leasedUntil", leasedUntil).map(CLAIMED).findOne());
    }

    public Optional<Claimed> find(long id) {
        return jdbi.withHandle(handle -> handle.createQuery(FIND).bind("id", id).map(CLAIMED).findOne());
    }

    public Optional<Long> subscriptionOf(long deliveryId) {
        return jdbi.withHandle(handle -> handle.createQuery(SUBSCRIPTION_OF).bind("id", deliveryId).mapTo(Long.class).findOne());
    }

    /** The sender's try: delivered, or again at {@code next}, or FAILED after {@code maxAttempts}; logged. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void tried(long id, OffsetDateTime at, Outcome outcome, OffsetDateTime next, int maxAttempts) {
        jdbi.useHandle(handle -> {
            if (outcome.delivered()) {
                handle.createUpdate(DELIVERED).bind("id", id).bind("statusCode", outcome.statusCode())
                        .bind("counted", 1).bind("now", Timestamps.now()).execute();
            } else {
                handle.createUpdate(FAILED).bind("id", id).bind("statusCode", outcome.statusCode())
                        .bind("error", outcome.error()).bind("next", next).bind("maxAttempts", maxAttempts).execute();
            }
            log(handle, id, at, outcome, false, null, null);
        });
    }

    /** A replay asked for by {@code by}: logged as one; a 2xx makes the delivery DELIVERED (a later try is not needed). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void replayed(long id, OffsetDateTime at, Outcome outcome, String by, String note) {
        jdbi.useHandle(handle -> {
            if (outcome.delivered()) {
                handle.createUpdate(DELIVERED).bind("id", id).bind("statusCode", outcome.statusCode())
                        .bind("counted", 0).bind("now", Timestamps.now()).execute();
            } else {
                handle.createUpdate(REPLAY_FAILED).bind("id", id).bind("statusCode", outcome.statusCode())
                        .bind("error", outcome.error()).execute();
            }
            log(handle, id, at, outcome, true, by, note);
        });
    }

    private static void log(org.jdbi.v3.core.Handle handle, long id, OffsetDateTime at, Outcome outcome, boolean replay,
                            String by, String note) {
        handle.createUpdate(LOG_ATTEMPT).bind("deliveryId", id).bind("attemptedAt", at)
                .bind("statusCode", outcome.statusCode()).bind("error", outcome.error())
                .bind("durationMs", (int) Math.min(Integer.MAX_VALUE, outcome.durationMs()))
                .bind("replay", replay).bind("replayedBy", by).bind("note", note).execute();
    }

    public List<DeliveryRow> page(long subscriptionId, PageRequest request) {
        return jdbi.withHandle(handle -> handle.createQuery(PAGE).bind("subscriptionId", subscriptionId)
                .bind("limit", request.size()).bind("offset", (long) request.page() * request.size()).map(DELIVERY).list());
    }

    public long count(long subscriptionId) {
        return jdbi.withHandle(handle -> handle.createQuery(COUNT).bind("subscriptionId", subscriptionId)
                .mapTo(Long.class).one());
    }

    public Optional<DeliveryRow> one(long id) {
        return jdbi.withHandle(handle -> handle.createQuery(ONE).bind("id", id).map(DELIVERY).findOne());
    }

    public List<AttemptRow> attempts(List<Long> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(handle -> handle.createQuery(ATTEMPTS).bind("ids", deliveryIds.toArray(Long[]::new))
                .map(ATTEMPT).list());
    }
}
