package vn.congdoan.sangkien.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import org.jdbi.v3.core.Handle;
import vn.congdoan.sangkien.common.db.SqlFiles;
import vn.congdoan.sangkien.common.db.Timestamps;
import vn.congdoan.sangkien.outbox.EventConsumer;
import vn.congdoan.sangkien.outbox.OutboxEvent;

import java.util.List;
import java.util.UUID;

/**
 * Turns committed events into webhook deliveries: one per event and active subscription to its kind, written in the
 * outbox worker's transaction (once, whatever its retries: the pair is unique). WebhookSender sends them.
 */
@ApplicationScoped
public class WebhookFanOut implements EventConsumer {

    private static final String INSERT = SqlFiles.of(WebhookFanOut.class, "insert");

    @Override
    public void consume(Handle handle, List<OutboxEvent> events) {
        handle.createUpdate(INSERT)
                .bind("ids", events.stream().map(OutboxEvent::id).toArray(UUID[]::new))
                .bind("kinds", events.stream().map(e -> e.kind().name()).toArray(String[]::new))
                .bind("now", Timestamps.now())
                .execute();
    }
}
