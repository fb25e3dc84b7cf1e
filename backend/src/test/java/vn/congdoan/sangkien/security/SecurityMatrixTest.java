package vn.congdoan.sangkien.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Fixtures;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.sangkien.common.Api.asAdmin;

/**
 * For every operation of the committed contract (openapi.yaml): no token → 401, a role that may not → 403,
 * an allowed role on another unit's object → 404 (400 on a field when the other unit is named in a body),
 * and the allowed case → 2xx. An operation added to the API without a row here fails the test.
 */
@QuarkusTest
class SecurityMatrixTest {

    private static final String P = "/api/v1/programs/" + Fixtures.PROGRAM;

    /** One operation's cases. Each request function gets a fresh world and returns the response. */
    record Row(Function<RequestSpecification, Response> call, String allowedRole, String deniedRole,
               Function<RequestSpecification, Response> outOfScope, int outOfScopeStatus) {
    }

    @TestFactory
    List<DynamicTest> everyOperationChecksTokenRoleAndScope() throws Exception {
        World w = World.create();
        Map<String, Row> rows = rows(w);
        JsonNode contract = new YAMLMapper().readTree(Path.of("..", "openapi.yaml").toFile());
        List<String> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (path.getKey().startsWith("/api/")) {
                    operations.add(method.toUpperCase() + " " + path.getKey());
                }
            });
        }
        assertEquals(new TreeSet<>(operations), new TreeSet<>(rows.keySet()),
                "every operation of openapi.yaml needs a row in the security matrix, and only those");

        List<DynamicTest> tests = new ArrayList<>();
        rows.forEach((operation, row) -> {
            tests.add(DynamicTest.dynamicTest(operation + " without a token → 401", () -> {
                Response response = row.call().apply(given());
                assertEquals(401, response.statusCode(), response.asString());
                assertTrue(response.contentType().startsWith("application/problem+json"));
            }));
            if (row.deniedRole() != null) {
                tests.add(DynamicTest.dynamicTest(operation + " as " + row.deniedRole() + " → 403", () -> {
                    Response response = row.call().apply(Api.as("denied.user", row.deniedRole(), w.unitA));
                    assertEquals(403, response.statusCode(), response.asString());
                }));
            }
            if (row.outOfScope() != null) {
                tests.add(DynamicTest.dynamicTest(operation + " on another unit's object → " + row.outOfScopeStatus(), () -> {
                    Response response = row.outOfScope().apply(w.as(row.allowedRole()));
                    assertEquals(row.outOfScopeStatus(), response.statusCode(), response.asString());
                }));
            }
            tests.add(DynamicTest.dynamicTest(operation + " as " + row.allowedRole() + " → 2xx", () -> {
                Response response = row.call().apply(w.as(row.allowedRole()));
                assertTrue(response.statusCode() >= 200 && response.statusCode() < 300,
                        "status " + response.statusCode() + ": " + response.asString());
            }));
        });
        return tests;
    }

    private static Map<String, Row> rows(World w) {
        Map<String, Row> rows = new LinkedHashMap<>();
        String fed = Roles.FEDERATION_OFFICER;
        String officer = Roles.UNIT_OFFICER;
        String member = Roles.MEMBER;
        rows.put("GET /api/v1/units", new Row(r -> r.get("/api/v1/units"), officer, member, null, 0));
        rows.put("GET /api/v1/units/{code}", new Row(r -> r.get("/api/v1/units/" + w.unitA), officer, member,
                r -> r.get("/api/v1/units/" + w.unitB), 404));
        rows.put("GET /api/v1/units/{code}/tree", new Row(r -> r.get("/api/v1/units/" + w.unitA + "/tree"), officer, member,
                r -> r.get("/api/v1/units/" + w.unitB + "/tree"), 404));
        rows.put("POST /api/v1/units", new Row(r -> json(r, w.newUnit(w.unitA)).post("/api/v1/units"), fed, officer,
                r -> json(r, w.newUnit("LCH-PT")).post("/api/v1/units"), 400));
        rows.put("PUT /api/v1/units/{code}", new Row(r -> json(r, w.unitUpdate(w.unitA)).put("/api/v1/units/" + w.unitA), fed, officer,
                r -> json(r, w.unitUpdate("LCH-PT")).put("/api/v1/units/LCH-PT"), 404));
        rows.put("GET /api/v1/programs", new Row(r -> r.get("/api/v1/programs"), member, null, null, 0));
        rows.put("GET /api/v1/programs/{code}", new Row(r -> r.get(P), member, null, null, 0));
        rows.put("POST /api/v1/programs", new Row(r -> json(r, Map.of("code", Fixtures.uniqueCode("T-SEC"), "name", "Thử"))
                .post("/api/v1/programs"), Roles.ADMIN, fed, null, 0));
        rows.put("PUT /api/v1/programs/{code}", new Row(r -> {
            String code = w.newProgram();
            return json(r, Map.of("name", "Đổi tên", "quotaRule", "MUST_EQUAL", "version", 0)).put("/api/v1/programs/" + code);
        }, Roles.ADMIN, fed, null, 0));
        rows.put("GET /api/v1/programs/{code}/periods", new Row(r -> r.get(P + "/periods"), member, null, null, 0));
        rows.put("POST /api/v1/programs/{code}/periods", new Row(r -> json(r, w.period("Y")).post("/api/v1/programs/" + w.newProgram() + "/periods"),
                Roles.ADMIN, fed, null, 0));
        rows.put("PUT /api/v1/programs/{code}/periods/{periodCode}", new Row(r -> {
            String code = w.newProgram();
            asAdmin().contentType(ContentType.JSON).body(w.period("Y")).post("/api/v1/programs/" + code + "/periods").then().statusCode(201);
            Map<String, Object> update = new LinkedHashMap<>(w.period("Y"));
            update.put("version", 0);
            return json(r, update).put("/api/v1/programs/" + code + "/periods/Y");
        }, Roles.ADMIN, fed, null, 0));
        rows.put("GET /api/v1/programs/{code}/quotas", new Row(r -> r.get(P + "/quotas?unit=" + w.unitA), officer, member,
                r -> r.get(P + "/quotas?unit=" + w.unitB), 404));
        rows.put("PUT /api/v1/programs/{code}/quotas/{unitCode}/allocation", new Row(r -> json(r, w.allocationForA())
                .put(P + "/quotas/" + w.unitA + "/allocation"), officer, member,
                r -> json(r, Map.of("version", 0, "allocations", List.of())).put(P + "/quotas/" + w.unitB + "/allocation"), 404));
        rows.put("PUT /api/v1/programs/{code}/quotas/{unitCode}", new Row(r -> json(r, w.ownTargets())
                .put(P + "/quotas/" + w.province), fed, officer,
                r -> json(r, Map.of("version", 0, "targets", Map.of())).put(P + "/quotas/LCH"), 404));
        rows.put("GET /api/v1/initiatives", new Row(r -> r.get("/api/v1/initiatives"), member, Roles.REPORTER, null, 0));
        rows.put("GET /api/v1/initiatives/{id}", new Row(r -> r.get("/api/v1/initiatives/" + w.initiativeIn(w.unitA)), officer, Roles.REPORTER,
                r -> r.get("/api/v1/initiatives/" + w.initiativeIn(w.unitB)), 404));
        rows.put("POST /api/v1/initiatives", new Row(r -> json(r, Fixtures.initiativeJson(w.unitA, "Sáng kiến thử quyền", "2022-03-01"))
                .post("/api/v1/initiatives"), member, Roles.REPORTER,
                r -> json(r, Fixtures.initiativeJson(w.unitB, "Sáng kiến đơn vị khác", "2022-03-01")).post("/api/v1/initiatives"), 400));
        rows.put("PUT /api/v1/initiatives/{id}", new Row(r -> {
            long id = w.initiativeIn(w.unitA);
            return json(r, Fixtures.initiativeJson(w.unitA, "Sửa", "2022-03-01").replaceFirst("\\{", "{\"version\": 0, "))
                    .put("/api/v1/initiatives/" + id);
        }, officer, Roles.EVALUATOR, r -> {
            long id = w.initiativeIn(w.unitB);
            return json(r, Fixtures.initiativeJson(w.unitB, "Sửa", "2022-03-01").replaceFirst("\\{", "{\"version\": 0, "))
                    .put("/api/v1/initiatives/" + id);
        }, 404));
        rows.put("DELETE /api/v1/initiatives/{id}", new Row(r -> r.delete("/api/v1/initiatives/" + w.initiativeIn(w.unitA) + "?version=0"),
                officer, Roles.REPORTER, r -> r.delete("/api/v1/initiatives/" + w.initiativeIn(w.unitB) + "?version=0"), 404));
        rows.put("GET /api/v1/programs/{code}/progress", new Row(r -> r.get(P + "/progress?root=" + w.unitA), officer, null,
                r -> r.get(P + "/progress?root=" + w.unitB), 404));
        rows.put("GET /api/v1/me", new Row(r -> r.get("/api/v1/me"), member, null, null, 0));
        return rows;
    }

    private static RequestSpecification json(RequestSpecification request, Object body) {
        return request.contentType(ContentType.JSON).body(body);
    }

    /** A throw-away province with two districts: the federation officer's province, unit officers and members in district A. */
    static final class World {
        final String province;
        final String unitA;
        final String unitB;
        final String grassrootsA;

        private World(String province, String unitA, String unitB, String grassrootsA) {
            this.province = province;
            this.unitA = unitA;
            this.unitB = unitB;
            this.grassrootsA = grassrootsA;
        }

        static World create() {
            String province = Fixtures.createUnit("T-SEC", "Tỉnh phân quyền", "PROVINCIAL_FEDERATION", "TLD");
            String a = Fixtures.createUnit("T-SEC", "Huyện A", "DISTRICT_FEDERATION", province);
            String b = Fixtures.createUnit("T-SEC", "Huyện B", "DISTRICT_FEDERATION", province);
            String g = Fixtures.createUnit("T-SEC", "CĐCS xã A1", "GRASSROOTS", a);
            asAdmin().contentType(ContentType.JSON).body(Map.of("version", 0, "targets", Map.of("2022-2023", 10)))
                    .put(P + "/quotas/" + province).then().statusCode(200);
            asAdmin().contentType(ContentType.JSON).body(Map.of("version", 0, "allocations", List.of(
                            Map.of("unitCode", a, "targets", Map.of("2022-2023", 6)), Map.of("unitCode", b, "targets", Map.of("2022-2023", 4)))))
                    .put(P + "/quotas/" + province + "/allocation").then().statusCode(200);
            return new World(province, a, b, g);
        }

        RequestSpecification as(String role) {
            String unit = switch (role) {
                case Roles.ADMIN -> "TLD";
                case Roles.FEDERATION_OFFICER -> province;
                default -> unitA;
            };
            return Api.as("user." + role, role, unit);
        }

        Map<String, Object> newUnit(String parent) {
            return Map.of("code", Fixtures.uniqueCode("T-SEC"), "name", "CĐCS mới", "type", "GRASSROOTS",
                    "parentCode", parent, "validFrom", "2021-09-01");
        }

        Map<String, Object> unitUpdate(String code) {
            long version = asAdmin().get("/api/v1/units/" + code).then().extract().jsonPath().getLong("version");
            String name = asAdmin().get("/api/v1/units/" + code).then().extract().jsonPath().getString("name");
            String type = asAdmin().get("/api/v1/units/" + code).then().extract().jsonPath().getString("type");
            String parent = asAdmin().get("/api/v1/units/" + code).then().extract().jsonPath().getString("parentCode");
            return Map.of("name", name, "type", type, "parentCode", parent, "validFrom", "2021-09-01", "version", version);
        }

        String newProgram() {
            String code = Fixtures.uniqueCode("T-SEC");
            asAdmin().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Chương trình thử"))
                    .post("/api/v1/programs").then().statusCode(201);
            return code;
        }

        Map<String, Object> period(String code) {
            return Map.of("code", code, "name", "Năm", "kind", "YEAR", "startsOn", "2024-01-01", "endsOn", "2024-12-31");
        }

        Map<String, Object> allocationForA() {
            long version = asAdmin().get(P + "/quotas?unit=" + unitA).then().extract().jsonPath().getLong("version");
            return Map.of("version", version, "allocations", List.of(Map.of("unitCode", grassrootsA, "targets", Map.of("2022-2023", 6))));
        }

        Map<String, Object> ownTargets() {
            long version = asAdmin().get(P + "/quotas?unit=" + province).then().extract().jsonPath().getLong("version");
            return Map.of("version", version, "targets", Map.of("2022-2023", 10));
        }

        long initiativeIn(String unit) {
            return Fixtures.createInitiative(unit, "Sáng kiến của " + unit, "2022-03-01");
        }
    }

}
