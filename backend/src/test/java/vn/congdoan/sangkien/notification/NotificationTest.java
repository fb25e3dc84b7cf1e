package vn.congdoan.sangkien.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.common.Tokens;
import vn.congdoan.sangkien.outbox.EventKind;
import vn.congdoan.sangkien.outbox.Outbox;
import vn.congdoan.sangkien.outbox.OutboxWorker;
import vn.congdoan.sangkien.security.Roles;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox and people's notifications: an event commits or rolls back with its change; the worker fans it out after
 * commit to the people it concerns, exactly once however it is interrupted or however many workers run; each person
 * reads, marks and chooses only their own.
 */
@QuarkusTest
class NotificationTest {

    @Inject
    Jdbi jdbi;
    @Inject
    Outbox outbox;
    @Inject
    OutboxWorker worker;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String username;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void aStepsEventCommitsWithItAndARefusedStepLeavesNone() {
        String district = Fixtures.createUnit("T-NT", "Huyện thông báo", "DISTRICT_FEDERATION", "TLD");
        long id = Fixtures.createInitiative(district, "Bếp đun tiết kiệm củi", "2022-02-02");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("version", 99)).post("/api/v1/initiatives/" + id + "/submit")
                .then().statusCode(409);
        assertEquals(0, events(id, EventKind.DOSSIER_SUBMITTED));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("version", Fixtures.version(id)))
                .post("/api/v1/initiatives/" + id + "/submit").then().statusCode(200);
        assertEquals(1, events(id, EventKind.DOSSIER_SUBMITTED));

        // a transaction that fails after its event was written takes the event with it
        long unitId = unitId(district);
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.record(EventKind.QUOTA_CHANGED, unitId, null, "t", Map.of("marker", "rolled-back-" + district));
            throw new IllegalStateException("the change failed");
        }));
        QuarkusTransaction.requiringNew().run(() ->
                outbox.record(EventKind.QUOTA_CHANGED, unitId, null, "t", Map.of("marker", "committed-" + district)));
        assertEquals(0, marked("rolled-back-" + district));
        assertEquals(1, marked("committed-" + district));
    }

    @Test
    void theAssignedEvaluatorIsToldOnceReadsItAndNobodyElseMarksIt() {
        String district = Fixtures.createUnit("T-NT", "Huyện giám khảo", "DISTRICT_FEDERATION", "TLD");
        String evaluatorName = "gk." + district.toLowerCase();
        RequestSpecification evaluator = signedIn(evaluatorName, Roles.EVALUATOR, district, evaluatorName + "@sangkien.test");
        String evaluatorToken = token(evaluatorName, Roles.EVALUATOR, district, evaluatorName + "@sangkien.test");
        RequestSpecification officer = signedIn("cb." + district.toLowerCase(), Roles.UNIT_OFFICER, district, null);
        long id = Fixtures.createInitiative(district, "Máy tách hạt ngô", "2022-02-02");
        Fixtures.underReview(id, district, evaluatorName);
        worker.fanOut();
        worker.fanOut(); // a second run finds nothing left to tell

        evaluator.get("/api/v1/notifications").then().statusCode(200)
                .body("items.kind", contains("EVALUATOR_ASSIGNED"))
                .body("items[0].title", containsString("“Máy tách hạt ngô”"))
                .body("items[0].titleEn", containsString("You were assigned"))
                .body("items[0].link", equalTo("/review/" + id))
                .body("items[0].read", equalTo(false))
                .body("unreadCount", equalTo(1));
        officer.get("/api/v1/notifications").then().statusCode(200)
                .body("items.kind", contains("DOSSIER_SUBMITTED")).body("items[0].link", equalTo("/initiatives/" + id));
        // the admin who filed and assigned is told nothing of their own steps
        assertEquals(0, notificationsOf("admin.test", id));
        // the evaluator gave a mail address: their mail waits for the sender; the officer gave none
        assertEquals(1, mailsOf(evaluatorName));
        assertEquals(0, mailsOf("cb." + district.toLowerCase()));

        long notification = evaluator.get("/api/v1/notifications").then().extract().jsonPath().getLong("items[0].id");
        officer.contentType(ContentType.JSON).body(Map.of("read", true)).put("/api/v1/notifications/" + notification)
                .then().statusCode(404).contentType("application/problem+json");
        evaluator.get("/api/v1/notifications/unread-count").then().statusCode(200).body("unreadCount", equalTo(1));
        evaluator.contentType(ContentType.JSON).body(Map.of("read", true)).put("/api/v1/notifications/" + notification)
                .then().statusCode(200).body("read", equalTo(true)).body("id", equalTo((int) notification));
        evaluator.get("/api/v1/notifications/unread-count").then().body("unreadCount", equalTo(0));
        evaluator.get("/api/v1/notifications?unreadOnly=true").then().body("items.size()", equalTo(0));
        evaluator.contentType(ContentType.JSON).body(Map.of("read", false)).put("/api/v1/notifications/" + notification)
                .then().statusCode(200).body("read", equalTo(false));
        // "mark all read" reaches up to the newest the person saw, not one that came after
        long later = Fixtures.createInitiative(district, "Máy thái cỏ", "2022-02-02");
        Fixtures.underReview(later, district, evaluatorName);
        worker.fanOut();
        evaluator.contentType(ContentType.JSON).body(Map.of("upTo", notification)).post("/api/v1/notifications/read-all")
                .then().statusCode(200).body("unreadCount", equalTo(1));
        var firstPage = Api.as(evaluatorToken).get("/api/v1/notifications?size=1").then().statusCode(200)
                .body("items[0].read", equalTo(false)).body("items[0].link", equalTo("/review/" + later))
                .extract().jsonPath();
        assertEquals(firstPage.getLong("items[0].id"), firstPage.getLong("nextBefore"));
        Api.as(evaluatorToken).get("/api/v1/notifications?before=" + (notification + 1)).then().body("items.id", contains((int) notification));
        given().get("/api/v1/notifications").then().statusCode(401);
    }

    @Test
    void theFilerAndTheLinkedAuthorHearOfTheReturnWithItsReason() {
        String district = Fixtures.createUnit("T-NT", "Huyện trả lại", "DISTRICT_FEDERATION", "TLD");
        String filerName = "cb.lap." + district.toLowerCase();
        RequestSpecification filer = signedIn(filerName, Roles.UNIT_OFFICER, district, null);
        RequestSpecification colleague = signedIn("cb.duyet." + district.toLowerCase(), Roles.UNIT_OFFICER, district, null);
        long id = filer.contentType(ContentType.JSON)
                .body(Fixtures.linkedInitiativeJson(district, "Giàn phơi chè", "2022-02-02", "dv.mai." + district.toLowerCase()))
                .post("/api/v1/initiatives").then().statusCode(201).extract().jsonPath().getLong("id");
        filer.contentType(ContentType.JSON).body(Map.of("version", Fixtures.version(id)))
                .post("/api/v1/initiatives/" + id + "/submit").then().statusCode(200);
        colleague.contentType(ContentType.JSON).body(Map.of("version", Fixtures.version(id), "reason", "Thiếu số liệu hiệu quả"))
                .post("/api/v1/initiatives/" + id + "/return").then().statusCode(200);
        worker.fanOut();

        filer.get("/api/v1/notifications").then().statusCode(200)
                .body("items.kind", hasItem("DOSSIER_RETURNED"))
                .body("items.find { it.kind == 'DOSSIER_RETURNED' }.title", containsString("Thiếu số liệu hiệu quả"));
        // the linked author has not signed in yet: the notification waits for them
        assertEquals(1, notificationsOf("dv.mai." + district.toLowerCase(), id));
        // the colleague who returned it is not told of their own step; they were told of the submission
        colleague.get("/api/v1/notifications").then().body("items.kind", contains("DOSSIER_SUBMITTED"));
    }

    @Test
    void aWorkerKilledBeforeItsCommitLeavesNothingAndTheNextRunTellsOnce() throws Exception {
        String district = Fixtures.createUnit("T-NT", "Huyện mất điện", "DISTRICT_FEDERATION", "TLD");
        String officerName = "cb." + district.toLowerCase();
        signedIn(officerName, Roles.UNIT_OFFICER, district, officerName + "@sangkien.test");
        worker.fanOut();
        long id = Fixtures.createInitiative(district, "Đèn năng lượng mặt trời", "2022-02-02");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("version", Fixtures.version(id)))
                .post("/api/v1/initiatives/" + id + "/submit").then().statusCode(200);

        // A worker on its own connection fans the event out, then its process dies before committing.
        Connection connection = DriverManager.getConnection(url, username, password);
        Handle dying = Jdbi.open(connection);
        dying.begin();
        int pid = dying.createQuery("select pg_backend_pid()").mapTo(Integer.class).one();
        assertTrue(worker.fanOutOn(dying) >= 1);
        assertEquals(0, notificationsOf(officerName, id)); // written, not committed: nobody sees it
        jdbi.useHandle(h -> h.createQuery("select pg_terminate_backend(:pid)").bind("pid", pid).mapTo(Boolean.class).one());
        try {
            dying.close();
        } catch (RuntimeException expected) { // the connection is gone
        }

        worker.fanOut();
        worker.fanOut();
        assertEquals(1, notificationsOf(officerName, id));
        assertEquals(1, mailsOf(officerName));
    }

    @Test
    void twoWorkersAtOnceTellEachEventOnce() throws Exception {
        String district = Fixtures.createUnit("T-NT", "Huyện hai máy", "DISTRICT_FEDERATION", "TLD");
        String officerName = officerOfNewUnit(district);
        long unitId = unitId(district);
        String path = pathOf(unitId);
        int events = 250;
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < events; i++) {
                outbox.record(EventKind.QUOTA_CHANGED, unitId, null, "admin.test", Map.of("unitPath", path,
                        "unitName", "Huyện hai máy", "programCode", Fixtures.PROGRAM, "unitCode", district,
                        "targets", Map.of("GD1", i)));
            }
        });
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Integer>> runs = List.of(CompletableFuture.supplyAsync(worker::fanOut, two),
                    CompletableFuture.supplyAsync(worker::fanOut, two));
            int told = runs.get(0).get() + runs.get(1).get();
            assertEquals(events, told, "each event fanned out by exactly one of the two workers");
        } finally {
            two.shutdown();
        }
        int notified = jdbi.withHandle(h -> h.createQuery("select count(*) from notification where recipient = :r")
                .bind("r", officerName).mapTo(Integer.class).one());
        assertEquals(events, notified);
    }

    @Test
    void anEventThatCannotBeToldIsSetAsideAndDoesNotHoldBackTheOthers() {
        String district = Fixtures.createUnit("T-NT", "Huyện lỗi dữ liệu", "DISTRICT_FEDERATION", "TLD");
        String officerName = officerOfNewUnit(district);
        long unitId = unitId(district);
        String path = pathOf(unitId);
        QuarkusTransaction.requiringNew().run(() -> {
            // a cut-off whose date cannot be read: its text cannot be written
            outbox.record(EventKind.DEADLINE_NEAR, unitId, null, null, Map.of("unitPath", path, "unitName", "Huyện lỗi dữ liệu",
                    "endsOn", "31/05/2022", "marker", "bad-" + district));
            outbox.record(EventKind.QUOTA_CHANGED, unitId, null, "admin.test", Map.of("unitPath", path,
                    "unitName", "Huyện lỗi dữ liệu", "programCode", Fixtures.PROGRAM, "marker", "good-" + district));
        });
        assertEquals(1, worker.fanOut(), "the good event is told");
        int told = jdbi.withHandle(h -> h.createQuery("select count(*) from notification where recipient = :r")
                .bind("r", officerName).mapTo(Integer.class).one());
        assertEquals(1, told);
        String aside = jdbi.withHandle(h -> h.createQuery("""
                        select attempts || ' ' || (dispatched_at is null) || ' ' || (next_attempt_at > now()) || ' ' || last_error
                        from outbox_event where data ->> 'marker' = :m""")
                .bind("m", "bad-" + district).mapTo(String.class).one());
        assertTrue(aside.startsWith("1 true true java.time.format.DateTimeParseException"), aside);
        assertEquals(0, worker.fanOut(), "set aside: not tried again before its time");
    }

    @Test
    void eachPersonChoosesWhichKindsAlsoComeByMail() {
        String district = Fixtures.createUnit("T-NT", "Huyện không thư", "DISTRICT_FEDERATION", "TLD");
        String evaluatorName = "gk." + district.toLowerCase();
        RequestSpecification evaluator = signedIn(evaluatorName, Roles.EVALUATOR, district, evaluatorName + "@sangkien.test");
        evaluator.get("/api/v1/notifications/preferences").then().statusCode(200)
                .body("preferences.find { it.kind == 'EVALUATOR_ASSIGNED' }.email", equalTo(true))
                .body("preferences.find { it.kind == 'DOSSIER_SCORED' }.email", equalTo(false));
        evaluator.contentType(ContentType.JSON)
                .body(Map.of("preferences", List.of(Map.of("kind", "EVALUATOR_ASSIGNED", "email", false),
                        Map.of("kind", "EVALUATOR_ASSIGNED", "email", true))))
                .put("/api/v1/notifications/preferences").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("preferences[1].kind"));
        evaluator.contentType(ContentType.JSON).body(Map.of("preferences", List.of(Map.of("kind", "NO_SUCH_KIND", "email", false))))
                .put("/api/v1/notifications/preferences").then().statusCode(400).contentType("application/problem+json");
        evaluator.contentType(ContentType.JSON).body(Map.of("preferences", List.of(Map.of("kind", "EVALUATOR_ASSIGNED", "email", false))))
                .put("/api/v1/notifications/preferences").then().statusCode(200)
                .body("preferences.find { it.kind == 'EVALUATOR_ASSIGNED' }.email", equalTo(false));

        long id = Fixtures.createInitiative(district, "Rọ đá chống sạt", "2022-02-02");
        Fixtures.underReview(id, district, evaluatorName);
        worker.fanOut();
        assertEquals(1, notificationsOf(evaluatorName, id));
        assertEquals(0, mailsOf(evaluatorName));
    }

    /** Signs the person in (GET /me records their account, as the web app's first call does). */
    @Test
    void anyCallWithATokenRecordsTheAccountSoThatItsPersonCanBeTold() throws Exception {
        String district = Fixtures.createUnit("T-NT", "Huyện danh bạ", "DISTRICT_FEDERATION", "TLD");
        String officerName = "cb.danhba." + district.toLowerCase();
        Api.as(token(officerName, Roles.UNIT_OFFICER, district, officerName + "@sangkien.test"))
                .get("/api/v1/notifications/unread-count").then().statusCode(200);
        String recorded = null;
        for (int i = 0; i < 50 && recorded == null; i++) { // recorded off the request's thread
            recorded = jdbi.withHandle(h -> h.createQuery("select email || ' ' || unit_code || ' ' || array_to_string(roles, ',') "
                    + "from account where username = :u").bind("u", officerName).mapTo(String.class).findOne().orElse(null));
            if (recorded == null) {
                Thread.sleep(100);
            }
        }
        assertEquals(officerName + "@sangkien.test " + district + " " + Roles.UNIT_OFFICER, recorded);
        // a changed token (another unit) is recorded again
        String other = Fixtures.createUnit("T-NT", "Huyện chuyển đến", "DISTRICT_FEDERATION", "TLD");
        Api.as(token(officerName, Roles.UNIT_OFFICER, other, officerName + "@sangkien.test")).get("/api/v1/me").then().statusCode(200);
        assertEquals(other, jdbi.withHandle(h -> h.createQuery("select unit_code from account where username = :u")
                .bind("u", officerName).mapTo(String.class).one()));
    }

    private static RequestSpecification signedIn(String user, String role, String unit, String email) {
        Api.as(token(user, role, unit, email)).get("/api/v1/me").then().statusCode(200);
        return Api.as(token(user, role, unit, email));
    }

    private static String token(String user, String role, String unit, String email) {
        var claims = Tokens.claims(user, role, unit);
        if (email != null) {
            claims.claim("email", email);
        }
        return claims.sign("privateKey.jwk");
    }

    /** The unit's officer, signed in (known to the directory), with every pending event told before the test's own. */
    private String officerOfNewUnit(String district) {
        String officerName = "cb." + district.toLowerCase();
        signedIn(officerName, Roles.UNIT_OFFICER, district, null);
        worker.fanOut();
        return officerName;
    }

    private String pathOf(long unitId) {
        return jdbi.withHandle(h -> h.createQuery("select path from unit where id = :id").bind("id", unitId)
                .mapTo(String.class).one());
    }

    private int events(long initiativeId, EventKind kind) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from outbox_event where initiative_id = :id and kind = :kind")
                .bind("id", initiativeId).bind("kind", kind.name()).mapTo(Integer.class).one());
    }

    private int marked(String marker) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from outbox_event where data ->> 'marker' = :m")
                .bind("m", marker).mapTo(Integer.class).one());
    }

    private long unitId(String code) {
        return jdbi.withHandle(h -> h.createQuery("select id from unit where code = :c").bind("c", code).mapTo(Long.class).one());
    }

    private int notificationsOf(String recipient, long initiativeId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select count(*) from notification n join outbox_event e on e.id = n.event_id
                        where n.recipient = :r and e.initiative_id = :id""")
                .bind("r", recipient).bind("id", initiativeId).mapTo(Integer.class).one());
    }

    private int mailsOf(String recipient) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select count(*) from mail_delivery m join notification n on n.id = m.notification_id
                        where n.recipient = :r""")
                .bind("r", recipient).mapTo(Integer.class).one());
    }
}
