package vn.congdoan.sangkien.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
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

    /** Fans out every pending event, batch after batch; returns how many. */
    public int fanOut() {
        int total = 0;
        int done;
        do {
            done = fanOutBatch();
            total += done;
        } while (done == BATCH);
        return total;
    }

    /** One batch in one transaction: claim, consume, mark. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int fanOutBatch() {
        return jdbi.withHandle(this::fanOutOn);
    }

    /** Claims, consumes and marks a batch on {@code handle}, inside the handle's transaction; commits nothing itself. */
    public int fanOutOn(Handle handle) {
        List<OutboxEvent> events = handle.createQuery(CLAIM).bind("limit", BATCH).map(ROW).stream().map(this::event).toList();
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
