package vn.congdoan.sangkien.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.congdoan.sangkien.common.db.Timestamps;
import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.common.error.FieldProblem;
import vn.congdoan.sangkien.common.paging.PageRequest;
import vn.congdoan.sangkien.common.paging.PageResult;
import vn.congdoan.sangkien.outbox.EventKind;
import vn.congdoan.sangkien.security.CurrentUser;
import vn.congdoan.sangkien.security.Roles;
import vn.congdoan.sangkien.webhook.WebhookDeliveries.AttemptRow;
import vn.congdoan.sangkien.webhook.WebhookDeliveries.DeliveryRow;
import vn.congdoan.sangkien.webhook.WebhookDtos.AttemptView;
import vn.congdoan.sangkien.webhook.WebhookDtos.DeliveryView;
import vn.congdoan.sangkien.webhook.WebhookDtos.SubscriptionCreated;
import vn.congdoan.sangkien.webhook.WebhookDtos.SubscriptionView;
import vn.congdoan.sangkien.webhook.WebhookDtos.SubscriptionWrite;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Integrators' webhook subscriptions and their delivery log. Admins manage every subscription; a reporter (the
 * national confederation's reporting system, an integrator account) manages only the ones it made itself: it chooses
 * where its own events go and rotates that address without an admin, and the payloads hold no personal data, nothing
 * it may not already read in the register. Someone else's subscription answers 404 to it, as if it did not exist.
 */
@ApplicationScoped
public class WebhookService {

    private static final String KINDS = Arrays.stream(EventKind.values()).map(Enum::name).collect(Collectors.joining(", "));

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookDeliveries deliveries;
    private final WebhookSender sender;
    private final CurrentUser user;

    public WebhookService(WebhookSubscriptionRepository subscriptions, WebhookDeliveries deliveries, WebhookSender sender,
                          CurrentUser user) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.sender = sender;
        this.user = user;
    }

    public List<SubscriptionView> list() {
        List<WebhookSubscription> found = user.has(Roles.ADMIN) ? subscriptions.all() : subscriptions.ownedBy(user.username());
        return found.stream().map(WebhookService::view).toList();
    }

    public SubscriptionView get(long id) {
        return view(require(id));
    }

    /** A new subscription with a new secret, which this answer alone shows. */
    @Transactional
    public SubscriptionCreated create(SubscriptionWrite request) {
        List<String> kinds = check(request);
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.name = request.name().strip();
        subscription.url = request.url().strip();
        subscription.eventKinds = kinds.toArray(String[]::new);
        subscription.active = request.active() == null || request.active();
        subscription.secret = WebhookSigner.newSecret();
        subscription.owner = user.has(Roles.ADMIN) ? null : user.username();
        subscription.createdBy = user.username();
        subscription.createdAt = Timestamps.now();
        subscription.updatedAt = subscription.createdAt;
        subscriptions.persistAndFlush(subscription);
        return new SubscriptionCreated(view(subscription), subscription.secret);
    }

    /** Name, address, kinds and whether it receives; the secret stays. Events already fanned out keep their deliveries. */
    @Transactional
    public SubscriptionView update(long id, SubscriptionWrite request) {
        WebhookSubscription subscription = require(id);
        if (request.version() == null) {
            throw ApiException.invalid(FieldProblem.of("version", "NotNull"));
        }
        if (request.version() != subscription.version) {
            throw ApiException.stale(request.version(), subscription.version);
        }
        List<String> kinds = check(request);
        subscription.name = request.name().strip();
        subscription.url = request.url().strip();
        subscription.eventKinds = kinds.toArray(String[]::new);
        if (request.active() != null) {
            subscription.active = request.active();
        }
        subscription.updatedAt = Timestamps.now();
        subscriptions.flush();
        return view(subscription);
    }

    /** The subscription goes with its deliveries and their log. */
    @Transactional
    public void delete(long id) {
        subscriptions.delete(require(id));
        subscriptions.flush();
    }

    public PageResult<DeliveryView> deliveries(long subscriptionId, PageRequest page) {
        WebhookSubscription subscription = require(subscriptionId);
        List<DeliveryRow> rows = deliveries.page(subscription.id, page);
        return PageResult.of(withTries(rows), page, deliveries.count(subscription.id), view -> view);
    }

    /** Sends the delivery's event again now (same id, body and a fresh signature), whatever its state; logged as a replay. */
    public DeliveryView replay(long deliveryId, String note) {
        long subscriptionId = deliveries.subscriptionOf(deliveryId)
                .orElseThrow(() -> ApiException.notFound("webhookDelivery", deliveryId));
        if (!inScope(subscriptions.findById(subscriptionId))) {
            throw ApiException.notFound("webhookDelivery", deliveryId);
        }
        WebhookDeliveries.Claimed delivery = deliveries.find(deliveryId)
                .orElseThrow(() -> ApiException.notFound("webhookDelivery", deliveryId));
        sender.replay(delivery, user.username(), note == null || note.isBlank() ? null : note.strip());
        return withTries(List.of(deliveries.one(deliveryId).orElseThrow())).get(0);
    }

    private WebhookSubscription require(long id) {
        WebhookSubscription subscription = subscriptions.findById(id);
        if (!inScope(subscription)) {
            throw ApiException.notFound("webhookSubscription", id);
        }
        return subscription;
    }

    private boolean inScope(WebhookSubscription subscription) {
        return subscription != null && (user.has(Roles.ADMIN) || user.username().equals(subscription.owner));
    }

    /** The address (absolute http or https with a host) and the kinds (known names, each once), in upper case. */
    private static List<String> check(SubscriptionWrite request) {
        List<FieldProblem> problems = new ArrayList<>();
        try {
            URI url = new URI(request.url().strip());
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!url.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
                problems.add(FieldProblem.of("url", "WebhookUrl"));
            }
        } catch (URISyntaxException e) {
            problems.add(FieldProblem.of("url", "WebhookUrl"));
        }
        Set<String> known = Arrays.stream(EventKind.values()).map(Enum::name).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < request.eventKinds().size(); i++) {
            String kind = request.eventKinds().get(i).strip().toUpperCase(Locale.ROOT);
            if (!known.contains(kind)) {
                problems.add(FieldProblem.of("eventKinds[" + i + "]", "EventKind", KINDS));
            } else if (!seen.add(kind)) {
                problems.add(FieldProblem.of("eventKinds[" + i + "]", "UniqueEventKind", kind));
            } else {
                kinds.add(kind);
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        return kinds;
    }

    private List<DeliveryView> withTries(List<DeliveryRow> rows) {
        Map<Long, List<AttemptView>> tries = deliveries.attempts(rows.stream().map(DeliveryRow::id).toList()).stream()
                .collect(Collectors.groupingBy(AttemptRow::deliveryId, Collectors.mapping(
                        a -> new AttemptView(a.attemptedAt(), a.statusCode(), a.error(), a.durationMs(), a.replay(),
                                a.replayedBy(), a.note()), Collectors.toList())));
        return rows.stream().map(d -> new DeliveryView(d.id(), d.subscriptionId(), d.eventId(),
                EventKind.valueOf(d.kind()).cloudEventType(), d.status(), d.attempts(),
                d.status().equals("PENDING") ? d.nextAttemptAt() : null, d.lastStatusCode(), d.lastError(),
                d.deliveredAt(), d.createdAt(), tries.getOrDefault(d.id(), List.of()))).toList();
    }

    private static SubscriptionView view(WebhookSubscription s) {
        return new SubscriptionView(s.id, s.name, s.url, List.of(s.eventKinds), s.active, s.owner, s.createdBy,
                s.createdAt, s.updatedAt, s.version);
    }
}
