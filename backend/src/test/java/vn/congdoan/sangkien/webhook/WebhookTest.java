package vn.congdoan.sangkien.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.common.db.Timestamps;
import vn.congdoan.sangkien.outbox.EventKind;
import vn.congdoan.sangkien.outbox.OutboxEvent;
import vn.congdoan.sangkien.outbox.OutboxWorker;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Webhooks end to end: a dossier step made through the API, the outbox's fan-out, the sender, and an integrator's
 * endpoint on loopback that checks what it gets as a receiver would (signature, CloudEvent, no personal data).
 */
@QuarkusTest
class WebhookTest {

    private static final String SUBSCRIPTIONS = "/api/v1/webhooks/subscriptions";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    OutboxWorker worker;

    @Inject
    WebhookSender sender;

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    WebhookFanOut fanOut;

    @Inject
    org.jdbi.v3.core.Jdbi jdbi;

    /** Nothing left over from other tests: their events fanned out and their deliveries tried before ours exist. */
    @BeforeEach
    void drain() {
        worker.fanOut();
        sender.sendDue();
    }

    @Test
    void signedCloudEventRetriedAfterA500ThenDeliveredAndReplayed() throws Exception {
        try (Receiver receiver = new Receiver().answering(500)) {
            JsonPath created = subscribe(receiver, List.of("DOSSIER_SUBMITTED"));
            long subscription = created.getLong("subscription.id");
            String secret = created.getString("secret");
            String unit = Fixtures.createUnit("T-WH", "CĐCS Trường Tiểu học Mù Cả", "GRASSROOTS", "LCH");
            long dossier = submittedDossier(unit, "Bể lọc nước của cô giáo Nguyễn Thị Hoa", "hoa.nguyen");

            worker.fanOut();
            sender.sendDue();
            List<Receiver.Received> ours = about(receiver, dossier);
            assertEquals(1, ours.size(), "the first try");
            String log = SUBSCRIPTIONS + "/" + subscription + "/deliveries";
            Api.asAdmin().get(log).then().statusCode(200)
                    .body("totalItems", equalTo(1))
                    .body("items[0].status", equalTo("PENDING")).body("items[0].attempts", equalTo(1))
                    .body("items[0].lastStatusCode", equalTo(500)).body("items[0].lastError", equalTo("HTTP 500"))
                    .body("items[0].nextAttemptAt", notNullValue())
                    .body("items[0].tries.statusCode", contains(500));

            sender.sendDue();
            ours = about(receiver, dossier);
            assertEquals(2, ours.size(), "one retry after the 500");
            long delivery = Api.asAdmin().get(log).then().statusCode(200)
                    .body("items[0].status", equalTo("DELIVERED")).body("items[0].attempts", equalTo(2))
                    .body("items[0].deliveredAt", notNullValue()).body("items[0].nextAttemptAt", nullValue())
                    .body("items[0].tries.statusCode", contains(500, 200))
                    .body("items[0].tries.replay", contains(false, false))
                    .body("items[0].eventType", equalTo("vn.congdoan.sangkien.dossier.submitted"))
                    .extract().jsonPath().getLong("items[0].id");
            for (Receiver.Received request : ours) {
                verify(request, secret);
            }
            assertEquals(ours.get(0).body(), ours.get(1).body(), "a retry sends the same event");
            assertEquals(ours.get(0).headers().get("webhook-id"), ours.get(1).headers().get("webhook-id"));

            JsonNode event = JSON.readTree(ours.get(1).body());
            assertEquals("1.0", event.get("specversion").asText());
            assertEquals(ours.get(1).headers().get("webhook-id"), event.get("id").asText());
            assertEquals("vn.congdoan.sangkien.dossier.submitted", event.get("type").asText());
            assertEquals("urn:sangkien", event.get("source").asText());
            assertEquals("initiatives/" + dossier, event.get("subject").asText());
            assertEquals("application/json", event.get("datacontenttype").asText());
            assertTrue(event.get("time").asText().endsWith("Z"));
            assertEquals(dossier, event.get("data").get("initiativeId").asLong());
            assertEquals(unit, event.get("data").get("unitCode").asText());
            assertEquals("SUBMITTED", event.get("data").get("toStatus").asText());
            assertEquals("application/cloudevents+json", ours.get(1).headers().get("Content-Type"));
            // No personal data: no title, author, account, the actor, the unit's name.
            Set<String> fields = new HashSet<>();
            event.get("data").fieldNames().forEachRemaining(fields::add);
            assertTrue(WebhookPayloads.SHARED.containsAll(fields), "only shared fields: " + fields);
            for (String personal : List.of("Nguyễn Thị Hoa", "Lò Văn Minh", "hoa.nguyen", "admin.test", "Mù Cả", "Bể lọc")) {
                assertFalse(ours.get(1).body().contains(personal), "the payload names " + personal + ": " + ours.get(1).body());
            }

            sender.sendDue();
            assertEquals(2, about(receiver, dossier).size(), "a delivered event is not sent again");

            // A replay sends the same event again now, logged as one.
            Api.asAdmin().contentType(ContentType.JSON).body(Map.of("note", "Bên nhận đã khôi phục dữ liệu"))
                    .post("/api/v1/webhooks/deliveries/" + delivery + "/replay").then().statusCode(200)
                    .body("status", equalTo("DELIVERED")).body("attempts", equalTo(2))
                    .body("tries.replay", contains(false, false, true))
                    .body("tries[2].replayedBy", equalTo("admin.test"))
                    .body("tries[2].note", equalTo("Bên nhận đã khôi phục dữ liệu"))
                    .body("tries[2].statusCode", equalTo(200));
            ours = about(receiver, dossier);
            assertEquals(3, ours.size());
            verify(ours.get(2), secret);
            assertEquals(ours.get(0).headers().get("webhook-id"), ours.get(2).headers().get("webhook-id"), "the same event id");
            assertEquals(ours.get(0).body(), ours.get(2).body());

            delete(subscription);
            Api.asAdmin().get(log).then().statusCode(404);
        }
    }

    @Test
    void afterTheLastTryItIsFailedAndAReplayStillDelivers() throws Exception {
        try (Receiver receiver = new Receiver().otherwise(503)) {
            JsonPath created = subscribe(receiver, List.of("DOSSIER_SUBMITTED", "DOSSIER_RETURNED"));
            long subscription = created.getLong("subscription.id");
            String unit = Fixtures.createUnit("T-WH", "CĐCS Trường Mầm non", "GRASSROOTS", "LCH");
            long dossier = submittedDossier(unit, "Vườn rau sạch", null);
            worker.fanOut();
            for (int i = 0; i < 12; i++) {
                sender.sendDue();
            }
            sender.sendDue();
            assertEquals(12, about(receiver, dossier).size(), "twelve tries (sangkien.webhook.max-attempts), then no more");
            String log = SUBSCRIPTIONS + "/" + subscription + "/deliveries";
            long delivery = Api.asAdmin().get(log).then().statusCode(200)
                    .body("items[0].status", equalTo("FAILED")).body("items[0].attempts", equalTo(12))
                    .body("items[0].lastStatusCode", equalTo(503)).body("items[0].nextAttemptAt", nullValue())
                    .extract().jsonPath().getLong("items[0].id");

            receiver.otherwise(204);
            Api.asAdmin().contentType(ContentType.JSON).body(Map.of())
                    .post("/api/v1/webhooks/deliveries/" + delivery + "/replay").then().statusCode(200)
                    .body("status", equalTo("DELIVERED")).body("lastStatusCode", equalTo(204))
                    .body("tries[12].replay", equalTo(true));
            assertEquals(13, about(receiver, dossier).size());
            delete(subscription);
        }
    }

    @Test
    void twoSendersAtOnceDeliverEachEventExactlyOnce() throws Exception {
        try (Receiver receiver = new Receiver()) {
            long subscription = subscribe(receiver, List.of("DOSSIER_SUBMITTED")).getLong("subscription.id");
            String unit = Fixtures.createUnit("T-WH", "CĐCS Bưu điện", "GRASSROOTS", "LCH");
            List<Long> dossiers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                dossiers.add(submittedDossier(unit, "Sáng kiến song song " + i, null));
            }
            worker.fanOut();
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> runs = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    runs.add(threads.submit(() -> {
                        start.await();
                        return sender.sendDue();
                    }));
                }
                start.countDown();
                int tries = 0;
                for (Future<Integer> run : runs) {
                    tries += run.get();
                }
                assertTrue(tries >= dossiers.size(), "both senders' tries cover every delivery: " + tries);
            } finally {
                threads.shutdownNow();
            }
            Map<Long, Long> perDossier = receiver.received.stream().map(WebhookTest::initiativeOf)
                    .filter(dossiers::contains).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertEquals(dossiers.stream().collect(Collectors.toMap(Function.identity(), d -> 1L)), perDossier,
                    "each dossier's event once");
            delete(subscription);
        }
    }

    @Test
    void aDeliveryHeldBySenderIsLeftAloneUntilItsLeaseRunsOut() throws Exception {
        try (Receiver receiver = new Receiver()) {
            long subscription = subscribe(receiver, List.of("DOSSIER_SUBMITTED")).getLong("subscription.id");
            String unit = Fixtures.createUnit("T-WH", "CĐCS Điện lực", "GRASSROOTS", "LCH");
            long dossier = submittedDossier(unit, "Sáng kiến của người gửi đã chết", null);
            worker.fanOut();
            // A sender takes it and dies before sending: its lease holds the others off, then runs out.
            assertTrue(deliveries.claim(Timestamps.now(), Timestamps.now().plus(Duration.ofMillis(1500))).isPresent());
            sender.sendDue();
            assertEquals(0, about(receiver, dossier).size(), "held by the dead sender's lease");
            Thread.sleep(1600);
            sender.sendDue();
            assertEquals(1, about(receiver, dossier).size(), "taken again once the lease ran out");
            delete(subscription);
        }
    }

    @Test
    void anEventFannedOutAgainMakesNoSecondDelivery() throws Exception {
        try (Receiver receiver = new Receiver()) {
            long subscription = subscribe(receiver, List.of("DOSSIER_SUBMITTED")).getLong("subscription.id");
            String unit = Fixtures.createUnit("T-WH", "CĐCS Ngân hàng", "GRASSROOTS", "LCH");
            long dossier = submittedDossier(unit, "Sáng kiến fan-out hai lần", null);
            worker.fanOut();
            String log = SUBSCRIPTIONS + "/" + subscription + "/deliveries";
            String eventId = Api.asAdmin().get(log).then().statusCode(200).body("totalItems", equalTo(1))
                    .extract().jsonPath().getString("items[0].eventId");
            // The worker's retry after a crash between the consumers' rows and its commit hands the same event again.
            OutboxEvent again = new OutboxEvent(java.util.UUID.fromString(eventId), EventKind.DOSSIER_SUBMITTED, null, dossier,
                    "admin.test", JSON.createObjectNode(), Timestamps.now());
            jdbi.useHandle(handle -> fanOut.consume(handle, List.of(again, again)));
            Api.asAdmin().get(log).then().statusCode(200).body("totalItems", equalTo(1));
            sender.sendDue();
            assertEquals(1, about(receiver, dossier).size());
            delete(subscription);
        }
    }

    @Test
    void onlyKindsSubscribedToAndOnlyActiveSubscriptionsGetDeliveries() throws Exception {
        try (Receiver receiver = new Receiver()) {
            JsonPath created = subscribe(receiver, List.of("DOSSIER_RECOGNISED"));
            long subscription = created.getLong("subscription.id");
            String unit = Fixtures.createUnit("T-WH", "CĐCS Kho bạc", "GRASSROOTS", "LCH");
            long submitted = submittedDossier(unit, "Chỉ nộp", null);
            worker.fanOut();
            sender.sendDue();
            assertEquals(0, about(receiver, submitted).size(), "not subscribed to submissions");

            // Paused: the submission of a second dossier is not delivered; the kinds widened later do not reach back.
            Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Tạm dừng", "url", receiver.url(),
                            "eventKinds", List.of("DOSSIER_SUBMITTED"), "active", false, "version", 0))
                    .put(SUBSCRIPTIONS + "/" + subscription).then().statusCode(200)
                    .body("active", equalTo(false)).body("version", equalTo(1)).body("eventKinds", contains("DOSSIER_SUBMITTED"));
            long paused = submittedDossier(unit, "Nộp khi tạm dừng", null);
            worker.fanOut();
            sender.sendDue();
            assertEquals(0, about(receiver, paused).size(), "a paused subscription gets nothing");
            Api.asAdmin().get(SUBSCRIPTIONS + "/" + subscription + "/deliveries").then().statusCode(200).body("totalItems", equalTo(0));
            delete(subscription);
        }
    }

    @Test
    void adminsManageEveryReporterItsOwnOthersAreRefused() throws Exception {
        try (Receiver receiver = new Receiver()) {
            long byAdmin = subscribe(receiver, List.of("QUOTA_CHANGED")).getLong("subscription.id");
            Map<String, Object> own = Map.of("name", "Hệ thống báo cáo", "url", receiver.url(), "eventKinds", List.of("dossier_recognised"));
            JsonPath mine = Api.as("service-account-reporting", "reporter", null).contentType(ContentType.JSON).body(own)
                    .post(SUBSCRIPTIONS).then().statusCode(201)
                    .header("Location", startsWith("http"))
                    .body("subscription.owner", equalTo("service-account-reporting"))
                    .body("subscription.eventKinds", contains("DOSSIER_RECOGNISED"))
                    .body("secret", startsWith("whsec_")).extract().jsonPath();
            long byReporter = mine.getLong("subscription.id");
            var reporter = Api.as("service-account-reporting", "reporter", null);
            reporter.get(SUBSCRIPTIONS).then().statusCode(200).body("id", contains((int) byReporter)).body("secret", contains((Object) null));
            Api.as("service-account-reporting", "reporter", null).get(SUBSCRIPTIONS + "/" + byAdmin).then().statusCode(404)
                    .contentType("application/problem+json");
            Api.as("other-integrator", "reporter", null).get(SUBSCRIPTIONS + "/" + byReporter).then().statusCode(404);
            Api.as("other-integrator", "reporter", null).delete(SUBSCRIPTIONS + "/" + byReporter).then().statusCode(404);
            Api.asAdmin().get(SUBSCRIPTIONS).then().statusCode(200).body("id", hasItem((int) byReporter))
                    .body("id", hasItem((int) byAdmin));
            Api.asAdmin().get(SUBSCRIPTIONS + "/" + byReporter).then().statusCode(200).body("secret", nullValue());

            // Other roles: 403 everywhere.
            for (String role : List.of("unit_officer", "federation_officer", "member", "evaluator")) {
                Api.as("someone", role, "LCH").get(SUBSCRIPTIONS).then().statusCode(403);
                Api.as("someone", role, "LCH").contentType(ContentType.JSON).body(own).post(SUBSCRIPTIONS).then().statusCode(403);
                Api.as("someone", role, "LCH").get(SUBSCRIPTIONS + "/" + byAdmin).then().statusCode(403);
                Api.as("someone", role, "LCH").contentType(ContentType.JSON).body(Map.of())
                        .post("/api/v1/webhooks/deliveries/1/replay").then().statusCode(403);
            }

            // A stale version: 409; a missing one: 400.
            Map<String, Object> update = Map.of("name", "Đổi tên", "url", receiver.url(), "eventKinds", List.of("QUOTA_CHANGED"), "version", 3);
            Api.asAdmin().contentType(ContentType.JSON).body(update).put(SUBSCRIPTIONS + "/" + byAdmin).then().statusCode(409);
            Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Đổi tên", "url", receiver.url(), "eventKinds", List.of("QUOTA_CHANGED")))
                    .put(SUBSCRIPTIONS + "/" + byAdmin).then().statusCode(400).body("errors[0].field", equalTo("version"));
            delete(byAdmin);
            Api.as("service-account-reporting", "reporter", null).delete(SUBSCRIPTIONS + "/" + byReporter).then().statusCode(204);
        }
    }

    @Test
    void badAddressesAndKindsAreRefusedNamingTheField() {
        for (String url : List.of("ftp://bao-cao.example/hooks", "/hooks/relative", "not a url", "https:///no-host", "javascript:alert(1)")) {
            Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Sai", "url", url, "eventKinds", List.of("DOSSIER_SUBMITTED")))
                    .post(SUBSCRIPTIONS).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("url")).body("errors[0].rule", equalTo("WebhookUrl"))
                    .body("errors[0].message", notNullValue()).body("errors[0].messageEn", startsWith("must be an absolute"));
        }
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Sai", "url", "https://bao-cao.example/hooks",
                        "eventKinds", List.of("DOSSIER_SUBMITTED", "DOSSIER_EATEN", "dossier_submitted")))
                .post(SUBSCRIPTIONS).then().statusCode(400)
                .body("errors.field", contains("eventKinds[1]", "eventKinds[2]"))
                .body("errors.rule", contains("EventKind", "UniqueEventKind"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Sai", "url", "https://bao-cao.example/hooks", "eventKinds", List.of()))
                .post(SUBSCRIPTIONS).then().statusCode(400).body("errors[0].field", equalTo("eventKinds"));
        Api.asAdmin().get(SUBSCRIPTIONS).then().statusCode(200).body("name", not(hasItem("Sai")));

        long unknown = Long.MAX_VALUE;
        Api.asAdmin().get(SUBSCRIPTIONS + "/" + unknown).then().statusCode(404).contentType("application/problem+json");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "X", "url", "https://x.example/", "eventKinds", List.of("QUOTA_CHANGED"), "version", 0))
                .put(SUBSCRIPTIONS + "/" + unknown).then().statusCode(404);
        Api.asAdmin().delete(SUBSCRIPTIONS + "/" + unknown).then().statusCode(404);
        Api.asAdmin().get(SUBSCRIPTIONS + "/" + unknown + "/deliveries").then().statusCode(404);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/webhooks/deliveries/" + unknown + "/replay")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void backOffDoublesUpToItsCap() {
        assertEquals(Duration.ofSeconds(30), WebhookSender.backoff(1, Duration.ofSeconds(30), Duration.ofHours(6)));
        assertEquals(Duration.ofSeconds(60), WebhookSender.backoff(2, Duration.ofSeconds(30), Duration.ofHours(6)));
        assertEquals(Duration.ofMinutes(8), WebhookSender.backoff(5, Duration.ofSeconds(30), Duration.ofHours(6)));
        assertEquals(Duration.ofHours(6), WebhookSender.backoff(12, Duration.ofSeconds(30), Duration.ofHours(6)));
        assertEquals(Duration.ofHours(6), WebhookSender.backoff(1000, Duration.ofSeconds(30), Duration.ofHours(6)));
    }

    private static JsonPath subscribe(Receiver receiver, List<String> kinds) {
        return Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", "Hệ thống báo cáo thử", "url", receiver.url(), "eventKinds", kinds))
                .post(SUBSCRIPTIONS).then().statusCode(201).body("secret", startsWith("whsec_"))
                .body("subscription.active", equalTo(true)).extract().jsonPath();
    }

    private static void delete(long subscription) {
        Api.asAdmin().delete(SUBSCRIPTIONS + "/" + subscription).then().statusCode(204);
        Api.asAdmin().get(SUBSCRIPTIONS + "/" + subscription).then().statusCode(404);
    }

    /** A dossier of the unit, its first author linked to the account when given, submitted. */
    private static long submittedDossier(String unit, String title, String account) {
        String body = account == null ? Fixtures.initiativeJson(unit, title, "2022-03-01")
                : Fixtures.linkedInitiativeJson(unit, title, "2022-03-01", account);
        long id = Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/initiatives").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("version", Fixtures.version(id)))
                .post("/api/v1/initiatives/" + id + "/submit").then().statusCode(200);
        return id;
    }

    private static List<Receiver.Received> about(Receiver receiver, long dossier) {
        return receiver.received.stream().filter(r -> initiativeOf(r) == dossier).toList();
    }

    private static long initiativeOf(Receiver.Received request) {
        try {
            return JSON.readTree(request.body()).path("data").path("initiativeId").asLong(-1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a receiver checks (docs/webhooks.md): the HMAC of id, timestamp and body with the secret's key, and a fresh timestamp. */
    private static void verify(Receiver.Received request, String secret) throws Exception {
        String id = request.headers().get("webhook-id");
        String timestamp = request.headers().get("webhook-timestamp");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((id + "." + timestamp + "." + request.body()).getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, request.headers().get("webhook-signature"), "signature");
        assertTrue(Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(timestamp)) < 300, "fresh timestamp");
    }
}
