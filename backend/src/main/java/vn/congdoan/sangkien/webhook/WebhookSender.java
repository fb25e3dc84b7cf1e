package vn.congdoan.sangkien.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.congdoan.sangkien.common.db.Timestamps;
import vn.congdoan.sangkien.outbox.EventKind;
import vn.congdoan.sangkien.outbox.OutboxEvent;
import vn.congdoan.sangkien.webhook.WebhookDeliveries.Claimed;
import vn.congdoan.sangkien.webhook.WebhookDeliveries.Outcome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Sends the due webhook deliveries, one at a time: each is claimed (SKIP LOCKED, leased for {@code sangkien.webhook.lease},
 * committed), POSTed with no transaction open, and its outcome recorded. A 2xx delivers it; anything else (another
 * status, a refused connection, a timeout) tries again after {@code backoff-base × 2^(tries-1)}, at most
 * {@code backoff-max}, and after {@code max-attempts} tries it is FAILED (a replay can still send it). Delivery is at
 * least once: a sender that dies after the POST and before recording it leaves the lease to run out and the next one
 * sends again, with the same {@code webhook-id}, which receivers use to drop a duplicate.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    /** A tick sends at most this many, so that one busy instance still lets its scheduler breathe. */
    static final int MAX_PER_RUN = 500;

    private final WebhookDeliveries deliveries;
    private final WebhookPayloads payloads;
    private final ObjectMapper json;
    private final HttpClient client;
    private final Duration requestTimeout;
    private final Duration backoffBase;
    private final Duration backoffMax;
    private final int maxAttempts;
    private final Duration lease;

    public WebhookSender(WebhookDeliveries deliveries, WebhookPayloads payloads, ObjectMapper json,
                         @ConfigProperty(name = "sangkien.webhook.connect-timeout") Duration connectTimeout,
                         @ConfigProperty(name = "sangkien.webhook.request-timeout") Duration requestTimeout,
                         @ConfigProperty(name = "sangkien.webhook.backoff-base") Duration backoffBase,
                         @ConfigProperty(name = "sangkien.webhook.backoff-max") Duration backoffMax,
                         @ConfigProperty(name = "sangkien.webhook.max-attempts") int maxAttempts,
                         @ConfigProperty(name = "sangkien.webhook.lease") Duration lease) {
        this.deliveries = deliveries;
        this.payloads = payloads;
        this.json = json;
        this.requestTimeout = requestTimeout;
        this.backoffBase = backoffBase;
        this.backoffMax = backoffMax;
        this.maxAttempts = maxAttempts;
        this.lease = lease;
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Every second by default; "off" in the tests, which call sendDue themselves. */
    @Scheduled(identity = "webhook-sender", every = "${sangkien.webhook.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        sendDue();
    }

    /** Sends every delivery due when it starts (a failed one waits for its back-off, even a zero one); returns how many tries. */
    public int sendDue() {
        OffsetDateTime due = Timestamps.now();
        int tries = 0;
        Optional<Claimed> claimed;
        while (tries < MAX_PER_RUN && (claimed = deliveries.claim(due, Timestamps.now().plus(lease))).isPresent()) {
            Claimed delivery = claimed.get();
            OffsetDateTime at = Timestamps.now();
            Outcome outcome = post(delivery);
            deliveries.tried(delivery.id(), at, outcome, Timestamps.now().plus(backoff(delivery.attempts() + 1)), maxAttempts);
            tries++;
        }
        return tries;
    }

    /** Sends the delivery again now, whatever its state, logged as a replay by {@code by}. */
    public Outcome replay(Claimed delivery, String by, String note) {
        OffsetDateTime at = Timestamps.now();
        Outcome outcome = post(delivery);
        deliveries.replayed(delivery.id(), at, outcome, by, note);
        return outcome;
    }

    /** How long after the {@code tries}-th failed try the next one waits: base × 2^(tries-1), at most the cap. */
    Duration backoff(int tries) {
        return backoff(tries, backoffBase, backoffMax);
    }

    static Duration backoff(int tries, Duration base, Duration max) {
        int doublings = Math.min(Math.max(tries - 1, 0), 30);
        Duration wait = base.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }

    private Outcome post(Claimed delivery) {
        String body = payloads.body(event(delivery));
        String id = delivery.eventId().toString();
        long timestamp = Timestamps.now().toEpochSecond();
        long started = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url())).timeout(requestTimeout)
                    .header("Content-Type", WebhookPayloads.MEDIA_TYPE)
                    .header("User-Agent", "sangkien-webhooks/1")
                    .header("webhook-id", id)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSigner.sign(delivery.secret(), id, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return new Outcome(status, status >= 200 && status < 300 ? null : "HTTP " + status, millisSince(started));
        } catch (IOException | IllegalArgumentException e) {
            String error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            LOG.infof("webhook delivery %d not delivered: %s", delivery.id(), error);
            return new Outcome(null, error.length() > 1000 ? error.substring(0, 1000) : error, millisSince(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted", millisSince(started));
        }
    }

    private static long millisSince(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }

    private OutboxEvent event(Claimed delivery) {
        try {
            return new OutboxEvent(delivery.eventId(), EventKind.valueOf(delivery.kind()), delivery.unitId(),
                    delivery.initiativeId(), delivery.actor(), json.readTree(delivery.data()), delivery.occurredAt());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
