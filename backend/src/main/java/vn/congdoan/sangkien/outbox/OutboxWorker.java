package vn.congdoan.sangkien.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import vn.congdoan.sangkien.common.db.RecordRows;
import vn.congdoan.sangkien.common.db.SqlFiles;
import vn.congdoan.sangkien.common.db.Timestamps;

import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Fans committed events out to their consumers (notifications, webhooks), oldest first, a batch per transaction. The
 * batch's rows are locked FOR UPDATE SKIP LOCKED: another instance's worker takes the next events instead of waiting,
 * and never the same ones. The consumers' rows and the batch's mark commit together: a worker killed half-way leaves
 * the events as they were, and the next run (here or elsewhere) fans them out once.
 */
@ApplicationScoped
public class OutboxWorker {

    static final int BATCH = 100;
    private static final String CLAIM = SqlFiles.of(OutboxWorker.class, "claim");
    private static final RowMapper<EventRow> ROW = RecordRows.of(EventRow.class);
    private static final String MARK = SqlFiles.of(OutboxWorker.class, "mark-dispatched");
    private static final String CLAIM_ONE = SqlFiles.of(OutboxWorker.class, "claim-one");
    private static final String PENDING_IDS = SqlFiles.of(OutboxWorker.class, "pending-ids");
    private static final String SET_ASIDE = SqlFiles.of(OutboxWorker.class, "set-aside");
    private static final Logger LOG = Logger.getLogger(OutboxWorker.class);

    private final Jdbi jdbi;
    private final ObjectMapper json;
    private final Instance<EventConsumer> consumers;

    public OutboxWorker(Jdbi jdbi, ObjectMapper json, Instance<EventConsumer> consumers) {
        this.jdbi = jdbi;
        this.json = json;
        this.consumers = consumers;
    }

    /** Every second by default; "off" in the tests, which call fanOut themselves. */
    @Scheduled(identity = "outbox-fan-out", every = "${sangkien.outbox.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        fanOut();
    }

    /**
     * Fans out every pending event that is due, batch after batch; returns how many were fanned out. A batch that fails
     * is done again one event at a time, so that an event no consumer can handle is set aside (and tried again later,
     * less and less often) instead of holding back the others.
     */
    public int fanOut() {
        int total = 0;
        while (true) {
            int claimed;
            try {
                claimed = fanOutBatch();
                total += claimed;
            } catch (RuntimeException e) {
                LOG.warnf("outbox: a batch failed (%s), fanning its events out one by one", e.toString());
                List<UUID> pending = jdbi.withHandle(h -> h.createQuery(PENDING_IDS).bind("limit", BATCH)
                        .bind("now", Timestamps.now()).mapTo(UUID.class).list());
                claimed = pending.size();
                for (UUID id : pending) {
                    total += fanOutAlone(id);
                }
            }
            if (claimed < BATCH) {
                return total;
            }
        }
    }

    /** One batch in one transaction: claim, consume, mark. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int fanOutBatch() {
        return jdbi.withHandle(this::fanOutOn);
    }

    /** Claims, consumes and marks a batch on {@code handle}, inside the handle's transaction; commits nothing itself. */
    public int fanOutOn(Handle handle) {
        List<OutboxEvent> events = handle.createQuery(CLAIM).bind("limit", BATCH).bind("now", Timestamps.now())
                .map(ROW).stream().map(this::event).toList();
        return consume(handle, events);
    }

    /** One event on its own; when it fails, it is set aside with its error. @return 1 when fanned out */
    int fanOutAlone(UUID id) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> jdbi.withHandle(handle -> consume(handle,
                    handle.createQuery(CLAIM_ONE).bind("id", id).map(ROW).stream().map(this::event).toList())));
        } catch (RuntimeException e) {
            LOG.errorf("outbox: event %s set aside: %s", id, e.toString());
            QuarkusTransaction.requiringNew().run(() -> jdbi.useHandle(handle -> handle.createUpdate(SET_ASIDE)
                    .bind("id", id).bind("error", e.toString()).bind("now", Timestamps.now()).execute()));
            return 0;
        }
    }

    private int consume(Handle handle, List<OutboxEvent> events) {
        if (events.isEmpty()) {
            return 0;
        }
        for (EventConsumer consumer : consumers) {
            consumer.consume(handle, events);
        }
        handle.createUpdate(MARK).bind("now", Timestamps.now())
                .bind("ids", events.stream().map(OutboxEvent::id).toArray(UUID[]::new)).execute();
        return events.size();
    }

    /** One row of claim.sql. */
    record EventRow(UUID id, String kind, Long unitId, Long initiativeId, String actor, String data, OffsetDateTime occurredAt) {
    }

    private OutboxEvent event(EventRow row) {
        try {
            return new OutboxEvent(row.id(), EventKind.valueOf(row.kind()), row.unitId(), row.initiativeId(), row.actor(),
                    json.readTree(row.data()), row.occurredAt());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
