package vn.congdoan.sangkien.audit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.common.text.VietnamClock;
import vn.congdoan.sangkien.security.Roles;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every audited kind changed through the API is in the audit trail with who, what, how and the fields; admins only. */
@QuarkusTest
class AuditTrailTest {

    private static final String CHANGES = "/api/v1/audit/changes";
    private static final String P = "/api/v1/programs/" + Fixtures.PROGRAM;

    /** A username of its own per run: the trail is read back by it. */
    private final String who = "kiemtoan." + UUID.randomUUID().toString().substring(0, 8);

    private RequestSpecification actor() {
        return Api.as(who, Roles.ADMIN, "TLD").contentType(ContentType.JSON);
    }

    /** The caller's changes of one kind, newest first, as the admin reads them. */
    private List<Map<String, Object>> changes(String kind, String q) {
        return Api.asAdmin().queryParam("user", who).queryParam("entity", kind).queryParam("q", q).queryParam("size", 200)
                .get(CHANGES).then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** The one change of the kind, object and operation by the caller. */
    private Map<String, Object> change(String kind, String q, String operation) {
        List<Map<String, Object>> found = changes(kind, q).stream().filter(c -> operation.equals(c.get("operation"))).toList();
        assertEquals(1, found.size(), kind + " " + q + " " + operation + ": " + changes(kind, q));
        Map<String, Object> change = found.get(0);
        assertEquals(who, change.get("username"));
        assertEquals(kind, change.get("kind"));
        assertNotNull(change.get("at"));
        return change;
    }

    /** The before and after of a field in a change, or fails. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> field(Map<String, Object> change, String name) {
        return ((List<Map<String, Object>>) change.get("changes")).stream().filter(f -> name.equals(f.get("field"))).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + name + " in " + change));
    }

    @Test
    void everyKindOfChangeIsThereWithWhoWhatAndTheFieldsBeforeAndAfter() {
        // A unit added and renamed.
        String province = Fixtures.uniqueCode("T-AUD");
        actor().body(Map.of("code", province, "name", "Tỉnh kiểm toán", "type", "PROVINCIAL_FEDERATION", "parentCode", "TLD",
                "validFrom", "2021-09-01")).post("/api/v1/units").then().statusCode(201);
        actor().body(Map.of("name", "Tỉnh kiểm toán mới", "type", "PROVINCIAL_FEDERATION", "parentCode", "TLD", "validFrom", "2021-09-01",
                "version", 0)).put("/api/v1/units/" + province).then().statusCode(200);
        assertEquals("Tỉnh kiểm toán", field(change("UNIT", province, "ADD"), "name").get("after"));
        Map<String, Object> renamed = change("UNIT", province, "MOD");
        assertEquals(province, renamed.get("label"));
        assertEquals("Tỉnh kiểm toán", field(renamed, "name").get("before"));
        assertEquals("Tỉnh kiểm toán mới", field(renamed, "name").get("after"));
        assertEquals(1, ((List<?>) renamed.get("changes")).size(), renamed.toString()); // only what changed
        String district = Fixtures.createUnit("T-AUD", "Huyện kiểm toán", "DISTRICT_FEDERATION", province);

        // A quota set, then changed: replaced by delete and insert.
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("version", 0, "targets", Map.of("2022-2023", 10)))
                .put(P + "/quotas/" + province).then().statusCode(200);
        long sheetVersion = Api.asAdmin().get(P + "/quotas?unit=" + province).then().extract().jsonPath().getLong("version");
        actor().body(Map.of("version", sheetVersion, "targets", Map.of("2022-2023", 12))).put(P + "/quotas/" + province).then().statusCode(200);
        List<Map<String, Object>> quotas = changes("QUOTA", province + " · 2022-2023");
        assertTrue(quotas.stream().anyMatch(c -> "DEL".equals(c.get("operation")) && "10".equals(field(c, "target").get("before"))), quotas.toString());
        assertTrue(quotas.stream().anyMatch(c -> "ADD".equals(c.get("operation")) && "12".equals(field(c, "target").get("after"))), quotas.toString());

        // A programme added and renamed, and a period of it.
        String program = Fixtures.uniqueCode("T-AUD");
        actor().body(Map.of("code", program, "name", "Chương trình kiểm toán")).post("/api/v1/programs").then().statusCode(201);
        actor().body(Map.of("name", "Chương trình đổi tên", "quotaRule", "MUST_EQUAL", "version", 0)).put("/api/v1/programs/" + program)
                .then().statusCode(200);
        change("PROGRAM", program, "ADD");
        Map<String, Object> programRenamed = change("PROGRAM", program, "MOD");
        assertEquals(Map.of("field", "name", "before", "Chương trình kiểm toán", "after", "Chương trình đổi tên"), field(programRenamed, "name"));
        actor().body(Map.of("code", "Y", "name", "Năm", "kind", "YEAR", "startsOn", "2024-01-01", "endsOn", "2024-12-31"))
                .post("/api/v1/programs/" + program + "/periods").then().statusCode(201);
        assertEquals("2024-12-31", field(change("PERIOD", program + " · Y", "ADD"), "endsOn").get("after"));

        // A council, a rubric, a cluster.
        String evaluator = "gk." + who;
        actor().body(Map.of("members", List.of(Map.of("username", evaluator, "fullName", "Giám khảo kiểm toán"))))
                .put("/api/v1/councils/" + province).then().statusCode(200);
        assertEquals(evaluator, field(change("COUNCIL", province + " · " + evaluator, "ADD"), "username").get("after"));
        String rubric = Fixtures.uniqueCode("T-AUD");
        actor().body(Map.of("code", rubric, "name", "Thang điểm kiểm toán", "passTotal", 5,
                "criteria", List.of(Map.of("code", "c1", "name", "Tiêu chí 1", "maxPoints", 10)))).post("/api/v1/rubrics").then().statusCode(201);
        assertTrue(field(change("RUBRIC", rubric, "ADD"), "criteria").get("after").toString().startsWith("c1 "));
        String cluster = Fixtures.uniqueCode("CUM");
        actor().body(Map.of("name", "Cụm kiểm toán", "unitCodes", List.of(district))).put(P + "/clusters/" + cluster).then().statusCode(200);
        Map<String, Object> clustered = change("CLUSTER", cluster, "ADD");
        assertEquals(district, field(clustered, "members").get("after"));
        assertEquals(Fixtures.PROGRAM + " · " + cluster, clustered.get("label"));

        // A score sheet: assigned by the admin, scored by the evaluator.
        long dossier = Fixtures.createInitiative(district, "Sáng kiến kiểm toán", "2022-03-01");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("version", Fixtures.version(dossier)))
                .post("/api/v1/initiatives/" + dossier + "/submit").then().statusCode(200);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("version", Fixtures.version(dossier), "rubricCode", "TLD-2022",
                "evaluators", List.of(evaluator))).post("/api/v1/initiatives/" + dossier + "/evaluations").then().statusCode(200);
        Api.as(evaluator, Roles.EVALUATOR, province).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "scores", Map.of("novelty", 25, "applicability", 20, "benefit", 20)))
                .put("/api/v1/initiatives/" + dossier + "/evaluations/mine").then().statusCode(200);
        JsonPath scored = Api.asAdmin().queryParam("user", evaluator).queryParam("entity", "SCORE_SHEET").get(CHANGES)
                .then().statusCode(200).body("items.operation", everyItem(equalTo("MOD"))).extract().jsonPath();
        assertEquals("{}", scored.getString("items[0].changes.find { it.field == 'scores' }.before"));
        assertEquals("{\"benefit\":20.00,\"novelty\":25.00,\"applicability\":20.00}",
                scored.getString("items[0].changes.find { it.field == 'scores' }.after"));

        // A reward proposed, then rejected by another admin.
        long reward = actor().body(Map.of("kind", "SUDDEN", "recipientType", "UNIT", "recipientUnitCode", district, "proposingUnitCode", district,
                "form", "PROVINCIAL_CERTIFICATE", "reason", "Kiểm toán khen thưởng")).post(P + "/rewards").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Map<String, Object> proposed = change("REWARD", district, "ADD");
        assertEquals(reward, ((Number) proposed.get("entityId")).longValue());
        assertEquals("PROPOSED", field(proposed, "status").get("after"));
        Api.asDecidingAdmin().contentType(ContentType.JSON).body(Map.of("version", 0, "reason", "Chưa đủ"))
                .post("/api/v1/rewards/" + reward + "/reject").then().statusCode(200);
        Api.asAdmin().queryParam("entity", "REWARD").queryParam("q", String.valueOf(reward)).get(CHANGES).then().statusCode(200)
                .body("items[0].operation", equalTo("MOD")).body("items[0].username", equalTo("admin.council"))
                .body("items[0].changes.find { it.field == 'status' }.before", equalTo("PROPOSED"))
                .body("items[0].changes.find { it.field == 'status' }.after", equalTo("REJECTED"))
                .body("items[1].operation", equalTo("ADD"));
    }

    @Test
    void filtersByUserKindDaysAndTextAndPagesNewestFirst() {
        String code = Fixtures.uniqueCode("T-AUD");
        actor().body(Map.of("code", code, "name", "Tỉnh lọc", "type", "PROVINCIAL_FEDERATION", "parentCode", "TLD",
                "validFrom", "2021-09-01")).post("/api/v1/units").then().statusCode(201);
        String program = Fixtures.uniqueCode("T-AUD");
        actor().body(Map.of("code", program, "name", "Chương trình lọc")).post("/api/v1/programs").then().statusCode(201);
        String today = VietnamClock.today().toString();

        JsonPath mine = Api.asAdmin().queryParam("user", who.toUpperCase()).get(CHANGES).then().statusCode(200).extract().jsonPath();
        assertEquals(2, mine.getInt("totalItems"));
        assertEquals(List.of("PROGRAM", "UNIT"), mine.getList("items.kind")); // newest first
        assertTrue(mine.getLong("items[0].revision") > mine.getLong("items[1].revision"));
        Api.asAdmin().queryParam("user", who).queryParam("size", 1).queryParam("page", 1).get(CHANGES).then().statusCode(200)
                .body("items.kind", equalTo(List.of("UNIT"))).body("totalPages", equalTo(2));
        Api.asAdmin().queryParam("user", who).queryParam("entity", "UNIT").get(CHANGES).then().statusCode(200)
                .body("items.label", equalTo(List.of(code)));
        Api.asAdmin().queryParam("q", code.toLowerCase()).get(CHANGES).then().statusCode(200)
                .body("items.label", equalTo(List.of(code)));
        Api.asAdmin().queryParam("user", who).queryParam("from", today).queryParam("to", today).get(CHANGES).then().statusCode(200)
                .body("totalItems", equalTo(2));
        Api.asAdmin().queryParam("user", who).queryParam("from", "2021-01-01").queryParam("to", "2021-12-31").get(CHANGES)
                .then().statusCode(200).body("totalItems", equalTo(0));
        Api.asAdmin().queryParam("entity", "NOTHING").get(CHANGES).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void onlyAdministratorsReadIt() {
        Api.as("ldld.laichau", Roles.FEDERATION_OFFICER, "LCH").get(CHANGES).then().statusCode(403);
        Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").get(CHANGES).then().statusCode(403);
        Api.as("member.a", Roles.MEMBER, "LCH-PT").get(CHANGES).then().statusCode(403);
        io.restassured.RestAssured.given().get(CHANGES).then().statusCode(401);
    }
}
