package vn.congdoan.sangkien.outbox;

import org.jdbi.v3.core.Handle;

import java.util.List;

/**
 * A feature that turns events into deliveries of its own (people's notifications, webhook deliveries). It is called
 * after the change committed, inside the worker's transaction on {@code handle}: what it writes commits together with
 * the events being marked as fanned out, so a crash before that commit leaves no trace and a retry makes each delivery
 * once. It must only write rows here; sending (SMTP, HTTP) happens later, from those rows.
 */
public interface EventConsumer {

    void consume(Handle handle, List<OutboxEvent> events);
}
