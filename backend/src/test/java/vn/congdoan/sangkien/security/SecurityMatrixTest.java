package vn.congdoan.sangkien.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.ContractResponses;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.common.text.VietnamClock;

import jakarta.inject.Inject;
import vn.congdoan.sangkien.outbox.OutboxWorker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.sangkien.common.Api.asAdmin;

/**
 * For every operation of the committed contract (openapi.yaml): no token → 401, a role that may not → 403, a token
 * with no application role → 403,
 * an allowed role on another unit's object → 404 (400 on a field when the other unit is named in a body),
 * and the allowed case → 2xx. An operation added to the API without a row here fails the test.
 * Every response, allowed or refused, must fit openapi.yaml (status, media type, schema), and every operation must
 * have answered 2xx with one that does.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class SecurityMatrixTest {

    private static final String P = "/api/v1/programs/" + Fixtures.PROGRAM;

    /** One operation's cases. Each request function gets a fresh world and returns the response. */
    record Row(Function<RequestSpecification, Response> call, String allowedRole, String deniedRole,
               Function<RequestSpecification, Response> outOfScope, int outOfScopeStatus) {
    }

    @BeforeAll
    static void checkResponsesAgainstTheContract() {
        ContractResponses.start();
    }

    @AfterAll
    static void stopCheckingResponses() {
        ContractResponses.stop();
    }

    @Inject
    OutboxWorker worker;

    @TestFactory
    List<DynamicTest> everyOperationChecksTokenRoleAndScope() throws Exception {
        World w = World.create();
        w.fanOut = worker::fanOut;
        Map<String, Row> rows = rows(w);
        Map<String, Function<RequestSpecification, Response>> open = publicOperations(w);
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
        Set<String> covered = new TreeSet<>(rows.keySet());
        covered.addAll(open.keySet());
        assertEquals(new TreeSet<>(operations), covered,
                "every operation of openapi.yaml needs a row in the security matrix (or among the public ones), and only those");
        assertEquals(Set.of(), new TreeSet<>(open.keySet()).stream().filter(rows::containsKey).collect(java.util.stream.Collectors.toSet()),
                "an operation is either secured or public");

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
            // A signed-in account without any of the application's roles may do nothing, except ask who it is
            // (/me answers with no roles, so that the SPA can say so).
            int noRoleStatus = operation.equals("GET /api/v1/me") ? 200 : 403;
            tests.add(DynamicTest.dynamicTest(operation + " with no application role → " + noRoleStatus, () -> {
                Response response = row.call().apply(Api.as("no.role", "offline_access", w.unitA));
                assertEquals(noRoleStatus, response.statusCode(), response.asString());
            }));
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
        // The public showcase's reads: the one exemption from "no token → 401", each asserted, never skipped.
        open.forEach((operation, call) -> {
            tests.add(DynamicTest.dynamicTest(operation + " without a token → 200 (public)", () -> {
                Response response = call.apply(given());
                assertEquals(200, response.statusCode(), response.asString());
                assertEquals("public, max-age=60", response.header("Cache-Control"));
            }));
            tests.add(DynamicTest.dynamicTest(operation + " with no application role → 200 (public)", () -> {
                Response response = call.apply(Api.as("no.role", "offline_access", w.unitA));
                assertEquals(200, response.statusCode(), response.asString());
            }));
        });
        tests.add(DynamicTest.dynamicTest("every operation answered 2xx with a response that fits openapi.yaml", () ->
                assertEquals(Set.of(), ContractResponses.INSTANCE.notYetAnswered(),
                        "operations never answered 2xx with a response the contract validates")));
        return tests;
    }

    /** Operations open to anyone without a token (the public showcase, `security: []` in the contract). */
    private static Map<String, Function<RequestSpecification, Response>> publicOperations(World w) {
        Map<String, Function<RequestSpecification, Response>> open = new LinkedHashMap<>();
        open.put("GET /api/v1/showcase", r -> r.get("/api/v1/showcase?q=loc nuoc"));
        open.put("GET /api/v1/showcase/{id}", r -> r.get("/api/v1/showcase/" + w.published(w.unitA)));
        return open;
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
        rows.put("POST /api/v1/units", new Row(r -> json(r, w.newUnit(w.unitA)).post("/api/v1/units"), officer, member,
                r -> json(r, w.newUnit("LCH-PT")).post("/api/v1/units"), 400));
        rows.put("PUT /api/v1/units/{code}", new Row(r -> json(r, w.unitUpdate(w.grassrootsA)).put("/api/v1/units/" + w.grassrootsA),
                officer, member, r -> json(r, w.unitUpdate("LCH-PT")).put("/api/v1/units/LCH-PT"), 404));
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
        rows.put("GET /api/v1/initiatives", new Row(r -> r.get("/api/v1/initiatives"), member, Roles.REPORTER,
                r -> r.get("/api/v1/initiatives?unit=" + w.unitB), 404));
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
        rows.put("POST /api/v1/imports/initiatives", new Row(r -> r.contentType("text/csv").body(w.importFile(w.unitA))
                .post("/api/v1/imports/initiatives?program=" + Fixtures.PROGRAM + "&mode=VALID_ROWS"), officer, member,
                r -> r.contentType("text/csv").body(w.importFile(w.unitB)).post("/api/v1/imports/initiatives?program=" + Fixtures.PROGRAM), 400));
        rows.put("GET /api/v1/imports/initiatives/batches", new Row(r -> r.get("/api/v1/imports/initiatives/batches"), officer, member, null, 0));
        rows.put("GET /api/v1/imports/initiatives/batches/{id}", new Row(r -> r.get("/api/v1/imports/initiatives/batches/" + w.importBatchIn(w.unitA)),
                officer, member, r -> r.get("/api/v1/imports/initiatives/batches/" + w.importBatchIn(w.unitB)), 404));
        rows.put("GET /api/v1/imports/initiatives/batches/{id}/initiatives", new Row(
                r -> r.get("/api/v1/imports/initiatives/batches/" + w.importBatchIn(w.unitA) + "/initiatives"), officer, member,
                r -> r.get("/api/v1/imports/initiatives/batches/" + w.importBatchIn(w.unitB) + "/initiatives"), 404));
        rows.put("GET /api/v1/imports/initiatives/template", new Row(r -> r.get("/api/v1/imports/initiatives/template"), officer, member, null, 0));
        rows.put("POST /api/v1/imports/units", new Row(r -> r.contentType("text/csv").body(w.unitImportFile(w.unitA))
                .post("/api/v1/imports/units?mode=VALID_ROWS"), officer, member,
                r -> r.contentType("text/csv").body(w.unitImportFile(w.unitB)).post("/api/v1/imports/units"), 400));
        rows.put("GET /api/v1/imports/units/template", new Row(r -> r.get("/api/v1/imports/units/template"), officer, member, null, 0));
        rows.put("GET /api/v1/programs/{code}/rankings", new Row(r -> r.get(P + "/rankings?root=" + w.unitA), officer, member,
                r -> r.get(P + "/rankings?root=" + w.unitB), 404));
        rows.put("GET /api/v1/programs/{code}/reward-candidates", new Row(r -> r.get(P + "/reward-candidates?root=" + w.unitA), officer, member,
                r -> r.get(P + "/reward-candidates?root=" + w.unitB), 404));
        rows.put("GET /api/v1/programs/{code}/progress/breakdown", new Row(r -> r.get(P + "/progress/breakdown?root=" + w.unitA), officer, member,
                r -> r.get(P + "/progress/breakdown?root=" + w.unitB), 404));
        rows.put("GET /api/v1/programs/{code}/review", new Row(r -> r.get(P + "/review?period=GD1&root=" + w.unitA), officer, member,
                r -> r.get(P + "/review?period=GD1&root=" + w.unitB), 404));
        rows.put("GET /api/v1/programs/{code}/clusters", new Row(r -> r.get(P + "/clusters"), officer, member, null, 0));
        rows.put("PUT /api/v1/programs/{code}/clusters/{clusterCode}", new Row(r -> json(r, Map.of("name", "Cụm thử quyền",
                "unitCodes", List.of(w.unitA))).put(P + "/clusters/" + Fixtures.uniqueCode("CUM")), fed, officer,
                r -> json(r, Map.of("name", "Cụm ngoài phạm vi", "unitCodes", List.of("LCH-PT"))).put(P + "/clusters/" + Fixtures.uniqueCode("CUM")), 400));
        rows.put("GET /api/v1/reports/progress", new Row(r -> r.get("/api/v1/reports/progress?program=" + Fixtures.PROGRAM + "&root=" + w.unitA + "&format=csv"),
                officer, member, r -> r.get("/api/v1/reports/progress?program=" + Fixtures.PROGRAM + "&root=" + w.unitB), 404));
        rows.put("GET /api/v1/reports/initiatives", new Row(r -> r.get("/api/v1/reports/initiatives?program=" + Fixtures.PROGRAM + "&root=" + w.unitA),
                officer, member, r -> r.get("/api/v1/reports/initiatives?program=" + Fixtures.PROGRAM + "&root=" + w.unitB), 404));
        rows.put("GET /api/v1/reports/initiatives/changes", new Row(r -> r.get("/api/v1/reports/initiatives/changes?program=" + Fixtures.PROGRAM + "&root=" + w.unitA),
                officer, member, r -> r.get("/api/v1/reports/initiatives/changes?program=" + Fixtures.PROGRAM + "&root=" + w.unitB), 404));
        rows.put("GET /api/v1/reports/initiatives/export", new Row(r -> r.get("/api/v1/reports/initiatives/export?program=" + Fixtures.PROGRAM + "&root=" + w.unitA),
                officer, member, r -> r.get("/api/v1/reports/initiatives/export?program=" + Fixtures.PROGRAM + "&root=" + w.unitB), 404));
        rows.put("GET /api/v1/units/changes", new Row(r -> r.get("/api/v1/units/changes?within=" + w.unitA), officer, member,
                r -> r.get("/api/v1/units/changes?within=" + w.unitB), 404));
        rows.put("GET /api/v1/programs/{code}/quotas/changes", new Row(r -> r.get(P + "/quotas/changes?root=" + w.unitA), officer, member,
                r -> r.get(P + "/quotas/changes?root=" + w.unitB), 404));
        rows.put("GET /api/v1/programs/{code}/progress", new Row(r -> r.get(P + "/progress?root=" + w.unitA), officer, null,
                r -> r.get(P + "/progress?root=" + w.unitB), 404));
        rows.put("GET /api/v1/me", new Row(r -> r.get("/api/v1/me"), member, null, null, 0));
        rows.put("GET /api/v1/confidential-reads", new Row(r -> r.get("/api/v1/confidential-reads?unit=" + w.unitA), fed, officer,
                r -> r.get("/api/v1/confidential-reads?unit=LCH-PT"), 404));
        // The audit trail of changes spans every unit: administrators only (no subtree to scope it by).
        rows.put("GET /api/v1/audit/changes", new Row(r -> r.get("/api/v1/audit/changes?entity=UNIT&from=2022-01-01"), Roles.ADMIN, fed,
                null, 0));
        rows.put("GET /api/v1/initiatives/similar", new Row(r -> r.get("/api/v1/initiatives/similar?program=1TRIEU-SK&title=loc nuoc"),
                member, Roles.REPORTER, null, 0));
        String reporter = Roles.REPORTER;
        String evaluator = Roles.EVALUATOR;
        // Lifecycle steps: each on a dossier in the state the step starts from.
        rows.put("POST /api/v1/initiatives/{id}/submit", step("submit", w, InitiativeState.DRAFT, w::transition, officer, reporter));
        rows.put("POST /api/v1/initiatives/{id}/return", step("return", w, InitiativeState.SUBMITTED, w::reason, officer, member));
        rows.put("POST /api/v1/initiatives/{id}/recognise", step("recognise", w, InitiativeState.UNDER_REVIEW, w::recognition, officer, member));
        rows.put("POST /api/v1/initiatives/{id}/refuse", step("refuse", w, InitiativeState.UNDER_REVIEW, w::reason, officer, member));
        rows.put("POST /api/v1/initiatives/{id}/validate", step("validate", w, InitiativeState.RECOGNISED, w::transition, officer, member));
        // Any signed-in person may mark a published initiative; an unpublished one is 404 for everyone.
        rows.put("GET /api/v1/showcase/{id}/helped", new Row(r -> r.get("/api/v1/showcase/" + w.published(w.unitA) + "/helped"),
                member, null, r -> r.get("/api/v1/showcase/" + w.inState(w.unitA, InitiativeState.RECOGNISED) + "/helped"), 404));
        rows.put("POST /api/v1/showcase/{id}/helped", new Row(r -> json(r, Map.of()).post("/api/v1/showcase/" + w.published(w.unitA) + "/helped"),
                Roles.REPORTER, null, r -> json(r, Map.of()).post("/api/v1/showcase/" + w.inState(w.unitA, InitiativeState.RECOGNISED) + "/helped"), 404));
        rows.put("DELETE /api/v1/showcase/{id}/helped", new Row(r -> r.delete("/api/v1/showcase/" + w.published(w.unitA) + "/helped"),
                Roles.EVALUATOR, null, r -> r.delete("/api/v1/showcase/" + w.inState(w.unitA, InitiativeState.RECOGNISED) + "/helped"), 404));
        rows.put("GET /api/v1/initiatives/{id}/history", new Row(r -> r.get("/api/v1/initiatives/" + w.initiativeIn(w.unitA) + "/history"),
                officer, reporter, r -> r.get("/api/v1/initiatives/" + w.initiativeIn(w.unitB) + "/history"), 404));
        rows.put("GET /api/v1/initiatives/{id}/attachments", new Row(r -> r.get("/api/v1/initiatives/" + w.initiativeIn(w.unitA) + "/attachments"),
                officer, reporter, r -> r.get("/api/v1/initiatives/" + w.initiativeIn(w.unitB) + "/attachments"), 404));
        rows.put("POST /api/v1/initiatives/{id}/attachments", new Row(r -> w.upload(r, w.initiativeIn(w.unitA)),
                officer, reporter, r -> w.upload(r, w.initiativeIn(w.unitB)), 404));
        rows.put("GET /api/v1/initiatives/{id}/attachments/{attachmentId}", new Row(r -> r.get(w.attachmentIn(w.unitA)),
                officer, reporter, r -> r.get(w.attachmentIn(w.unitB)), 404));
        rows.put("DELETE /api/v1/initiatives/{id}/attachments/{attachmentId}", new Row(r -> r.delete(w.attachmentIn(w.unitA)),
                officer, evaluator, r -> r.delete(w.attachmentIn(w.unitB)), 404));
        rows.put("PUT /api/v1/initiatives/{id}/attachments/{attachmentId}/confidential", new Row(
                r -> json(r, Map.of("confidential", true)).put(w.attachmentIn(w.unitA) + "/confidential"), officer, evaluator,
                r -> json(r, Map.of("confidential", true)).put(w.attachmentIn(w.unitB) + "/confidential"), 404));
        rows.put("POST /api/v1/initiatives/{id}/evaluations", new Row(r -> {
            long id = w.inState(w.unitA, InitiativeState.SUBMITTED);
            return json(r, w.withVersion(w.assignment(0), id)).post("/api/v1/initiatives/" + id + "/evaluations");
        }, officer, member, r -> json(r, w.assignment(1)).post("/api/v1/initiatives/" + w.inState(w.unitB, InitiativeState.SUBMITTED) + "/evaluations"), 404));
        rows.put("GET /api/v1/initiatives/{id}/evaluations", new Row(r -> r.get("/api/v1/initiatives/" + w.inState(w.unitA, InitiativeState.UNDER_REVIEW) + "/evaluations"),
                officer, member, r -> r.get("/api/v1/initiatives/" + w.inState(w.unitB, InitiativeState.UNDER_REVIEW) + "/evaluations"), 404));
        rows.put("PUT /api/v1/initiatives/{id}/evaluations/mine", new Row(r -> json(r, w.sheet()).put("/api/v1/initiatives/" + w.inState(w.unitA, InitiativeState.UNDER_REVIEW) + "/evaluations/mine"),
                evaluator, officer, r -> json(r, w.sheet()).put("/api/v1/initiatives/" + w.inState(w.unitB, InitiativeState.SUBMITTED) + "/evaluations/mine"), 404));
        rows.put("GET /api/v1/evaluations/mine", new Row(r -> r.get("/api/v1/evaluations/mine"), evaluator, member, null, 0));
        rows.put("GET /api/v1/rubrics", new Row(r -> r.get("/api/v1/rubrics"), evaluator, member, null, 0));
        rows.put("GET /api/v1/rubrics/{code}", new Row(r -> r.get("/api/v1/rubrics/TLD-2022"), evaluator, member, null, 0));
        rows.put("POST /api/v1/rubrics", new Row(r -> json(r, w.rubric()).post("/api/v1/rubrics"), Roles.ADMIN, fed, null, 0));
        rows.put("GET /api/v1/councils/{unitCode}", new Row(r -> r.get("/api/v1/councils/" + w.unitA), officer, member,
                r -> r.get("/api/v1/councils/" + w.unitB), 404));
        rows.put("GET /api/v1/units/{code}/support-team", new Row(r -> r.get("/api/v1/units/" + w.grassrootsA + "/support-team"),
                officer, member, r -> r.get("/api/v1/units/" + w.unitB + "/support-team"), 404));
        rows.put("PUT /api/v1/units/{code}/support-team", new Row(r -> json(r, w.supportTeam("hotro.matrix"))
                .put("/api/v1/units/" + w.grassrootsA + "/support-team"), officer, member,
                r -> json(r, w.supportTeam("hotro.matrix")).put("/api/v1/units/" + w.unitB + "/support-team"), 404));
        rows.put("DELETE /api/v1/units/{code}/support-team/{username}", new Row(r -> {
            String username = "hotro." + java.util.UUID.randomUUID().toString().substring(0, 8);
            asAdmin().contentType(ContentType.JSON).body(w.supportTeam(username)).put("/api/v1/units/" + w.grassrootsA + "/support-team")
                    .then().statusCode(200);
            return r.delete("/api/v1/units/" + w.grassrootsA + "/support-team/" + username);
        }, officer, member, r -> r.delete("/api/v1/units/" + w.unitB + "/support-team/user.member"), 404));
        // The author linked to the caller's account ("user.member"), on a draft filed for them.
        rows.put("POST /api/v1/initiatives/{id}/authors/mine/confirm", new Row(r -> {
            long id = w.linkedTo(w.unitA, "user." + member);
            return json(r, w.withVersion(w.transition(), id)).post("/api/v1/initiatives/" + id + "/authors/mine/confirm");
        }, member, reporter, r -> {
            long id = w.linkedTo(w.unitB, "user." + member);
            return json(r, w.withVersion(w.transition(), id)).post("/api/v1/initiatives/" + id + "/authors/mine/confirm");
        }, 404));
        rows.put("PUT /api/v1/initiatives/{id}/authors/mine", new Row(r -> {
            long id = w.linkedTo(w.unitA, "user." + member);
            return json(r, w.withVersion(w.correction(), id)).put("/api/v1/initiatives/" + id + "/authors/mine");
        }, member, reporter, r -> {
            long id = w.linkedTo(w.unitB, "user." + member);
            return json(r, w.withVersion(w.correction(), id)).put("/api/v1/initiatives/" + id + "/authors/mine");
        }, 404));
        rows.put("PUT /api/v1/councils/{unitCode}", new Row(r -> json(r, w.council()).put("/api/v1/councils/" + w.unitA), officer, member,
                r -> json(r, w.council()).put("/api/v1/councils/" + w.unitB), 404));
        // Webhooks: admins manage every subscription, a reporter its own; another's answers 404 to it.
        String hooks = "/api/v1/webhooks/subscriptions/";
        rows.put("GET /api/v1/webhooks/subscriptions", new Row(r -> r.get("/api/v1/webhooks/subscriptions"), reporter, fed, null, 0));
        rows.put("POST /api/v1/webhooks/subscriptions", new Row(r -> json(r, w.webhook(null)).post("/api/v1/webhooks/subscriptions"),
                reporter, officer, null, 0));
        rows.put("GET /api/v1/webhooks/subscriptions/{id}", new Row(r -> r.get(hooks + w.webhookOf(reporter)), reporter, member,
                r -> r.get(hooks + w.webhookOf(Roles.ADMIN)), 404));
        rows.put("PUT /api/v1/webhooks/subscriptions/{id}", new Row(r -> json(r, w.webhook(0L)).put(hooks + w.webhookOf(reporter)),
                reporter, officer, r -> json(r, w.webhook(0L)).put(hooks + w.webhookOf(Roles.ADMIN)), 404));
        rows.put("DELETE /api/v1/webhooks/subscriptions/{id}", new Row(r -> r.delete(hooks + w.webhookOf(reporter)), reporter, fed,
                r -> r.delete(hooks + w.webhookOf(Roles.ADMIN)), 404));
        rows.put("GET /api/v1/webhooks/subscriptions/{id}/deliveries", new Row(r -> r.get(hooks + w.webhookOf(reporter) + "/deliveries"),
                reporter, member, r -> r.get(hooks + w.webhookOf(Roles.ADMIN) + "/deliveries"), 404));
        rows.put("POST /api/v1/webhooks/deliveries/{id}/replay", new Row(r -> json(r, Map.of("note", "Thử quyền"))
                .post("/api/v1/webhooks/deliveries/" + w.webhookDelivery(reporter) + "/replay"), reporter, Roles.EVALUATOR,
                r -> json(r, Map.of("note", "Thử quyền")).post("/api/v1/webhooks/deliveries/" + w.webhookDelivery(Roles.ADMIN) + "/replay"), 404));
        // Rewards: district A proposes to its province, whose officer decides; Lai Châu's proposals are out of T-SEC's reach.
        String reward = "/api/v1/rewards/";
        rows.put("GET /api/v1/programs/{code}/rewards", new Row(r -> r.get(P + "/rewards"), officer, member, null, 0));
        rows.put("POST /api/v1/programs/{code}/rewards", new Row(r -> json(r, w.rewardProposal(w.unitA)).post(P + "/rewards"),
                officer, member, r -> json(r, w.rewardProposal(w.unitB)).post(P + "/rewards"), 400));
        rows.put("GET /api/v1/rewards/{id}", new Row(r -> r.get(reward + w.rewardOf(w.unitA)), officer, member,
                r -> r.get(reward + w.rewardOf(w.unitB)), 404));
        rows.put("POST /api/v1/rewards/{id}/decide", new Row(r -> json(r, w.rewardDecision()).post(reward + w.rewardOf(w.unitA) + "/decide"),
                fed, member, r -> json(r, w.rewardDecision()).post(reward + w.rewardOf("LCH-PT") + "/decide"), 404));
        rows.put("POST /api/v1/rewards/{id}/reject", new Row(r -> json(r, Map.of("version", 0, "reason", "Chưa đủ thành tích"))
                .post(reward + w.rewardOf(w.unitA) + "/reject"), fed, officer,
                r -> json(r, Map.of("version", 0, "reason", "Chưa đủ thành tích")).post(reward + w.rewardOf("LCH-PT") + "/reject"), 404));
        // Every role has its own notifications; another person's is out of scope.
        rows.put("GET /api/v1/notifications", new Row(r -> r.get("/api/v1/notifications"), member, null, null, 0));
        rows.put("GET /api/v1/notifications/unread-count", new Row(r -> r.get("/api/v1/notifications/unread-count"), member, null,
                null, 0));
        rows.put("GET /api/v1/notifications/preferences", new Row(r -> r.get("/api/v1/notifications/preferences"), member, null,
                null, 0));
        rows.put("PUT /api/v1/notifications/preferences", new Row(r -> json(r, Map.of("preferences",
                List.of(Map.of("kind", "EVALUATOR_ASSIGNED", "email", false)))).put("/api/v1/notifications/preferences"),
                member, null, null, 0));
        rows.put("PUT /api/v1/notifications/{id}", new Row(r -> json(r, Map.of("read", true))
                .put("/api/v1/notifications/" + w.notificationFor("user." + member)), member, null,
                r -> json(r, Map.of("read", true)).put("/api/v1/notifications/" + w.notificationFor("someone.else")), 404));
        rows.put("POST /api/v1/notifications/read-all", new Row(r -> json(r, Map.of("upTo", w.notificationFor("user." + member)))
                .post("/api/v1/notifications/read-all"), member, null, null, 0));
        return rows;
    }

    private static Row step(String step, World w, InitiativeState from, Supplier<Map<String, Object>> body, String allowed, String denied) {
        return new Row(r -> {
            long id = w.inState(w.unitA, from);
            return json(r, w.withVersion(body.get(), id)).post("/api/v1/initiatives/" + id + "/" + step);
        }, allowed, denied, r -> {
            long id = w.inState(w.unitB, from);
            return json(r, w.withVersion(body.get(), id)).post("/api/v1/initiatives/" + id + "/" + step);
        }, 404);
    }

    private static RequestSpecification json(RequestSpecification request, Object body) {
        return request.contentType(ContentType.JSON).body(body);
    }

    enum InitiativeState { DRAFT, SUBMITTED, UNDER_REVIEW, RECOGNISED }

    /** A throw-away province with two districts: the federation officer's province, unit officers and members in district A. */
    static final class World {
        final String province;
        final String unitA;

        /** A one-row import file for the unit, different at every call (a resent file would only replay). */
        byte[] importFile(String unitCode) {
            return ("Mã đơn vị,Tên sáng kiến,Loại giải pháp,Lĩnh vực,Ngày áp dụng lần đầu,Tác giả\n" + unitCode + ",Nhập thử quyền "
                    + java.util.UUID.randomUUID() + ",TECHNICAL,SOCIO_ECONOMIC,01/03/2022,Lò Văn Thắng\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        /** A batch of one row imported (as the admin) for the unit. */
        long importBatchIn(String unitCode) {
            return asAdmin().contentType("text/csv").body(importFile(unitCode)).post("/api/v1/imports/initiatives?program=" + Fixtures.PROGRAM)
                    .then().statusCode(200).extract().jsonPath().getLong("batchId");
        }

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
                    .put(P + "/quotas/" + province).then().log().ifValidationFails().statusCode(200);
            asAdmin().contentType(ContentType.JSON).body(Map.of("version", 0, "allocations", List.of(
                            Map.of("unitCode", a, "targets", Map.of("2022-2023", 6)), Map.of("unitCode", b, "targets", Map.of("2022-2023", 4)))))
                    .put(P + "/quotas/" + province + "/allocation").then().log().ifValidationFails().statusCode(200);
            asAdmin().contentType(ContentType.JSON).body(Map.of("members", List.of(Map.of("username", EVALUATOR, "fullName", "Giám khảo thử"))))
                    .put("/api/v1/councils/" + province).then().log().ifValidationFails().statusCode(200);
            // The member of district A is on its support team: they file dossiers whose authors are others.
            asAdmin().contentType(ContentType.JSON).body(Map.of("members", List.of(Map.of("username", "user." + Roles.MEMBER, "fullName", "Tổ hỗ trợ thử"))))
                    .put("/api/v1/units/" + a + "/support-team").then().log().ifValidationFails().statusCode(200);
            return new World(province, a, b, g);
        }

        /** A sudden reward of the unit, proposed by the unit itself, to be decided by the provincial federation above it. */
        Map<String, Object> rewardProposal(String unit) {
            return Map.of("kind", "SUDDEN", "recipientType", "UNIT", "recipientUnitCode", unit, "proposingUnitCode", unit,
                    "form", "PROVINCIAL_CERTIFICATE", "reason", "Nhiều sáng kiến chống dịch");
        }

        /** Such a reward proposed (as the admin, in the unit's name). */
        long rewardOf(String unit) {
            return asAdmin().contentType(ContentType.JSON).body(rewardProposal(unit)).post(P + "/rewards")
                    .then().log().ifValidationFails().statusCode(201).extract().jsonPath().getLong("id");
        }

        Map<String, Object> rewardDecision() {
            return Map.of("version", 0, "decisionNumber", "12/QĐ-LĐLĐ", "decisionDate", VietnamClock.today().toString());
        }

        Map<String, Object> supportTeam(String username) {
            return Map.of("members", List.of(Map.of("username", username, "fullName", "Vàng Thị Mai")));
        }

        /** A draft of the unit filed by the admin, its first author linked to the account. */
        long linkedTo(String unit, String account) {
            return asAdmin().contentType(ContentType.JSON)
                    .body(Fixtures.linkedInitiativeJson(unit, "Sáng kiến lập cho đoàn viên", "2022-03-01", account))
                    .post("/api/v1/initiatives").then().log().ifValidationFails().statusCode(201).extract().jsonPath().getLong("id");
        }

        Map<String, Object> correction() {
            return Map.of("fullName", "Nguyễn Thị Hoa", "workplace", "Trường PTDTBT Mù Cả", "jobTitle", "Giáo viên");
        }

        static final String EVALUATOR = "eval.matrix";

        /** Fans the outbox's pending events out (the test's OutboxWorker). */
        Runnable fanOut;

        /**
         * A webhook subscription's body; with a version for an update. Nothing listens at its address, and it is paused:
         * the many made here would otherwise collect deliveries that later tests' senders try again and again.
         */
        Map<String, Object> webhook(Long version) {
            Map<String, Object> body = new LinkedHashMap<>(Map.of("name", "Hệ thống báo cáo thử quyền",
                    "url", "http://127.0.0.1:9/hooks", "eventKinds", List.of("DOSSIER_SUBMITTED"), "active", false));
            if (version != null) {
                body.put("version", version);
            }
            return body;
        }

        /** A subscription made by the role's user ("user.reporter" owns its own; an admin's has no owner). */
        long webhookOf(String role) {
            return webhookOf(role, webhook(null));
        }

        private long webhookOf(String role, Map<String, Object> body) {
            return as(role).contentType(ContentType.JSON).body(body).post("/api/v1/webhooks/subscriptions")
                    .then().log().ifValidationFails().statusCode(201).extract().jsonPath().getLong("subscription.id");
        }

        /** A delivery of a dossier's submission to a subscription the role's user made, then paused (only replays send it). */
        long webhookDelivery(String role) {
            fanOut.run(); // the events before it, which it would get too
            Map<String, Object> active = new LinkedHashMap<>(webhook(null));
            active.put("active", true);
            long subscription = webhookOf(role, active);
            inState(unitA, InitiativeState.SUBMITTED);
            fanOut.run();
            as(role).contentType(ContentType.JSON).body(webhook(0L)).put("/api/v1/webhooks/subscriptions/" + subscription)
                    .then().log().ifValidationFails().statusCode(200);
            return as(role).get("/api/v1/webhooks/subscriptions/" + subscription + "/deliveries").then().log().ifValidationFails()
                    .statusCode(200).extract().jsonPath().getLong("items[0].id");
        }

        /** A notification of the given person, as the outbox's worker writes one. */
        long notificationFor(String recipient) {
            return Arc.container().instance(Jdbi.class).get().withHandle(h -> {
                UUID event = UUID.randomUUID();
                h.createUpdate("insert into outbox_event (id, kind, data, occurred_at, dispatched_at) "
                        + "values (:id, 'QUOTA_CHANGED', '{}', now(), now())").bind("id", event).execute();
                return h.createQuery("insert into notification (event_id, recipient, kind, title, title_en, created_at) "
                                + "values (:event, :recipient, 'QUOTA_CHANGED', 'Chỉ tiêu đổi', 'Targets changed', now()) returning id")
                        .bind("event", event).bind("recipient", recipient).mapTo(Long.class).one();
            });
        }

        RequestSpecification as(String role) {
            String unit = switch (role) {
                case Roles.ADMIN -> "TLD";
                case Roles.FEDERATION_OFFICER, Roles.EVALUATOR -> province;
                default -> unitA;
            };
            return Api.as(role.equals(Roles.EVALUATOR) ? EVALUATOR : "user." + role, role, unit);
        }

        /** A dossier of the unit walked (as the admin) to the given state. */
        long inState(String unit, InitiativeState state) {
            return walk(initiativeIn(unit), state);
        }

        private long walk(long id, InitiativeState state) {
            if (state == InitiativeState.DRAFT) {
                return id;
            }
            asAdmin().contentType(ContentType.JSON).body(withVersion(transition(), id)).post("/api/v1/initiatives/" + id + "/submit").then().log().ifValidationFails().statusCode(200);
            if (state == InitiativeState.SUBMITTED) {
                return id;
            }
            asAdmin().contentType(ContentType.JSON).body(withVersion(assignment(0), id)).post("/api/v1/initiatives/" + id + "/evaluations").then().log().ifValidationFails().statusCode(200);
            if (state == InitiativeState.UNDER_REVIEW) {
                return id;
            }
            Api.asDecidingAdmin().contentType(ContentType.JSON).body(withVersion(recognition(), id)).post("/api/v1/initiatives/" + id + "/recognise").then().log().ifValidationFails().statusCode(200);
            return id;
        }

        Map<String, Object> withVersion(Object body, long id) {
            Map<String, Object> versioned = new LinkedHashMap<>((Map<String, Object>) body);
            versioned.put("version", asAdmin().get("/api/v1/initiatives/" + id).then().extract().jsonPath().getLong("version"));
            return versioned;
        }

        Map<String, Object> transition() {
            return Map.of("version", 0);
        }

        Map<String, Object> reason() {
            return Map.of("version", 0, "reason", "Bổ sung minh chứng áp dụng");
        }

        Map<String, Object> recognition() {
            return Map.of("version", 0, "recognitionBody", "Hội đồng sáng kiến huyện", "decisionNumber", "12/QĐ-UBND",
                    "decisionDate", VietnamClock.today().toString(), "impactLevel", "GRASSROOTS", "grade", "B");
        }

        Map<String, Object> assignment(long version) {
            return Map.of("version", version, "rubricCode", "TLD-2022", "evaluators", List.of(EVALUATOR));
        }

        Map<String, Object> sheet() {
            return Map.of("version", 0, "scores", Map.of("novelty", 30, "applicability", 25, "benefit", 25));
        }

        Response upload(RequestSpecification request, long initiativeId) {
            return request.multiPart("file", "Đơn đề nghị.pdf", "%PDF-1.4 thử".getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/pdf")
                    .multiPart("kind", "APPLICATION")
                    .post("/api/v1/initiatives/" + initiativeId + "/attachments");
        }

        String attachmentIn(String unit) {
            long id = initiativeIn(unit);
            long attachment = upload(asAdmin(), id).then().log().ifValidationFails().statusCode(201).extract().jsonPath().getLong("id");
            return "/api/v1/initiatives/" + id + "/attachments/" + attachment;
        }

        Map<String, Object> rubric() {
            return Map.of("code", Fixtures.uniqueCode("T-RUB"), "name", "Thang điểm thử", "passTotal", 5,
                    "criteria", List.of(Map.of("code", "c1", "name", "Tiêu chí 1", "maxPoints", 10)));
        }

        Map<String, Object> council() {
            return Map.of("members", List.of(Map.of("username", EVALUATOR, "fullName", "Giám khảo thử")));
        }

        byte[] unitImportFile(String parent) {
            return ("Mã đơn vị,Tên đơn vị,Mã đơn vị cấp trên\n" + Fixtures.uniqueCode("T-SEC") + ",CĐCS nhập thử," + parent + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
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

        /** A dossier of the unit recognised with its authors' consent to publish it: on the public showcase. */
        long published(String unit) {
            long id = asAdmin().contentType(ContentType.JSON)
                    .body(Fixtures.initiativeJson(unit, "Máy lọc nước công bố", "2022-03-01").replaceFirst("\\{", "{\"publishAgreed\": true, "))
                    .post("/api/v1/initiatives").then().log().ifValidationFails().statusCode(201).extract().jsonPath().getLong("id");
            return walk(id, InitiativeState.RECOGNISED);
        }

        long initiativeIn(String unit) {
            return Fixtures.createInitiative(unit, "Sáng kiến của " + unit, "2022-03-01");
        }
    }

}
