package vn.congdoan.sangkien.initiative;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.security.Roles;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.congdoan.sangkien.common.Api.asAdmin;

/** One dossier walked from draft to valid by the people who do each step, and the steps refused on the way. */
@QuarkusTest
class LifecycleTest {

    private static final String PROGRESS = "/api/v1/programs/1TRIEU-SK/progress?period=GD1&depth=0&root=";

    @Test
    void fromDraftToValidTheUnitAndTheProvinceCountIt() {
        String school = Fixtures.createUnit("T-LIFE", "CĐCS Trường PTDTBT Mù Cả", "GRASSROOTS", "LCH-MT");
        RequestSpecification officer = Api.as("cb.muongte", Roles.UNIT_OFFICER, "LCH-MT");
        RequestSpecification federation = Api.as("ldld.laichau", Roles.FEDERATION_OFFICER, "LCH");
        int provinceBefore = valid("LCH");
        int districtBefore = valid("LCH-MT");

        // A member files their own dossier (draft), the district's support team helps submit it.
        long id = Api.as("doanvien.muca", Roles.MEMBER, school).contentType(ContentType.JSON)
                .body(Fixtures.initiativeJson(school, "Vườn rau dinh dưỡng cho học sinh bán trú", "2022-03-10"))
                .post("/api/v1/initiatives").then().statusCode(201).body("status", equalTo("DRAFT"))
                .extract().jsonPath().getLong("id");
        JsonPath submitted = officer.contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(path(id, "submit")).then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("receiptNumber", matchesPattern("SK-" + school + "-2022-\\d{4}"))
                .body("submittedOn", equalTo(LocalDate.now().toString()))
                .extract().jsonPath();
        // Submitted, not yet counted: in the pipeline.
        assertEquals(provinceBefore, valid("LCH"));

        // The province's council takes it; its evaluator scores.
        asAdmin().contentType(ContentType.JSON).body(Map.of("members", List.of(Map.of("username", "giamkhao", "fullName", "Phạm Thị Hoa"))))
                .put("/api/v1/councils/LCH").then().statusCode(200);
        federation.contentType(ContentType.JSON)
                .body(Map.of("version", submitted.getLong("version"), "rubricCode", "TLD-2022", "evaluators", List.of("giamkhao")))
                .post(path(id, "evaluations")).then().statusCode(200).body("status", equalTo("UNDER_REVIEW"));
        Api.as("giamkhao", Roles.EVALUATOR, "LCH").get("/api/v1/evaluations/mine").then().statusCode(200)
                .body("initiativeId", hasItem((int) id));
        Api.as("giamkhao", Roles.EVALUATOR, "LCH").contentType(ContentType.JSON)
                .body(Map.of("version", 0, "scores", Map.of("novelty", 32, "applicability", 27, "benefit", 28), "comment", "Thiết thực"))
                .put(path(id, "evaluations/mine")).then().statusCode(200).body("total", equalTo(87));
        federation.get(path(id, "evaluations")).then().statusCode(200)
                .body("passed", equalTo(true)).body("proposedGrade", equalTo("A")).body("sheetsSubmitted", equalTo(1));

        // The organisation's decision is recorded; without a grade, the proposed one is taken.
        long version = version(id);
        officer.contentType(ContentType.JSON).body(Map.of("version", version, "recognitionBody", "Hội đồng sáng kiến UBND huyện Mường Tè",
                        "decisionNumber", "45/QĐ-UBND", "decisionDate", LocalDate.now().toString(), "impactLevel", "GRASSROOTS"))
                .post(path(id, "recognise")).then().statusCode(200)
                .body("status", equalTo("RECOGNISED")).body("grade", equalTo("A")).body("decisionNumber", equalTo("45/QĐ-UBND"));
        assertEquals(provinceBefore, valid("LCH"));

        // The union's check: now it counts, for the district and the province alike.
        officer.contentType(ContentType.JSON).body(Map.of("version", version(id), "note", "Hồ sơ đầy đủ"))
                .post(path(id, "validate")).then().statusCode(200).body("status", equalTo("VALID"));
        assertEquals(districtBefore + 1, valid("LCH-MT"));
        assertEquals(provinceBefore + 1, valid("LCH"));

        officer.get(path(id, "history")).then().statusCode(200)
                .body("findAll { it.kind == 'TRANSITION' }.toStatus",
                        contains("DRAFT", "SUBMITTED", "UNDER_REVIEW", "RECOGNISED", "VALID"))
                .body("find { it.toStatus == 'SUBMITTED' }.actor", equalTo("cb.muongte"))
                .body("find { it.toStatus == 'VALID' }.reason", equalTo("Hồ sơ đầy đủ"))
                .body("find { it.toStatus == 'UNDER_REVIEW' }.actor", equalTo("ldld.laichau"));
        // A valid initiative can no longer be edited, returned or validated twice.
        officer.contentType(ContentType.JSON).body(Map.of("version", version(id))).post(path(id, "validate")).then().statusCode(409)
                .body("type", equalTo("urn:sangkien:problem:conflict"));
    }

    @Test
    void stepsAreRefusedFromTheWrongStateAndWithoutReasons() {
        long id = Fixtures.createInitiative("LCH-TP", "Số hóa sổ đoàn viên", "2022-02-02");
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", 0, "recognitionBody", "X", "decisionNumber", "1",
                "decisionDate", "2022-08-01", "impactLevel", "GRASSROOTS")).post(path(id, "recognise"))
                .then().statusCode(409).body("detail", containsString("DRAFT"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", 0)).post(path(id, "validate")).then().statusCode(409);
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", 0, "reason", " ")).post(path(id, "return"))
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", 3)).post(path(id, "submit"))
                .then().statusCode(409).body("type", equalTo("urn:sangkien:problem:stale-version"));
    }

    @Test
    void aDossierIsCompleteBeforeItIsSubmitted() {
        String incomplete = Fixtures.initiativeJson("LCH-TP", "Hồ sơ còn thiếu", "2022-02-02")
                .replace("\"addressee\": \"Hội đồng sáng kiến Sở Giáo dục và Đào tạo tỉnh Lai Châu\",", "")
                .replace("\"solution\": \"Ba tầng lọc cát, sỏi, than hoa trong bồn inox 2 m3\",", "");
        long id = asAdmin().contentType(ContentType.JSON).body(incomplete).post("/api/v1/initiatives")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", 0)).post(path(id, "submit")).then().statusCode(400)
                .body("errors.field", contains("addressee", "solution"))
                .body("errors[0].rule", equalTo("RequiredToSubmit"));
    }

    @Test
    void aReturnedDossierIsEditedAndResubmittedKeepingItsReceiptNumber() {
        long id = Fixtures.createInitiative("LCH-TP", "Bảng tin điện tử công đoàn", "2022-02-02");
        String receipt = asAdmin().contentType(ContentType.JSON).body(Map.of("version", 0)).post(path(id, "submit"))
                .then().statusCode(200).extract().jsonPath().getString("receiptNumber");
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", version(id), "reason", "Thiếu ý kiến đơn vị áp dụng"))
                .post(path(id, "return")).then().statusCode(200).body("status", equalTo("RETURNED"));
        String edit = Fixtures.initiativeJson("LCH-TP", "Bảng tin điện tử công đoàn cơ sở", "2022-02-02")
                .replaceFirst("\\{", "{\"version\": " + version(id) + ", \"benefitsByAppliers\": \"Giảm 80% giấy in\", ");
        asAdmin().contentType(ContentType.JSON).body(edit).put("/api/v1/initiatives/" + id).then().statusCode(200);
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", version(id))).post(path(id, "submit"))
                .then().statusCode(200).body("receiptNumber", equalTo(receipt));
        asAdmin().get(path(id, "history")).then().statusCode(200)
                .body("find { it.toStatus == 'RETURNED' }.reason", equalTo("Thiếu ý kiến đơn vị áp dụng"))
                .body("find { it.kind == 'EDIT' }.changedFields", contains("title", "benefitsByAppliers"));
    }

    private static String path(long id, String step) {
        return "/api/v1/initiatives/" + id + "/" + step;
    }

    private static long version(long id) {
        return asAdmin().get("/api/v1/initiatives/" + id).then().extract().jsonPath().getLong("version");
    }

    private static int valid(String unit) {
        return asAdmin().get(PROGRESS + unit).then().statusCode(200).extract().jsonPath().getInt("rows[0].valid");
    }
}
