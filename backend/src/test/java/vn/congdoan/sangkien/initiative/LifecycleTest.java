package vn.congdoan.sangkien.initiative;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.common.text.VietnamClock;
import vn.congdoan.sangkien.security.Roles;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.congdoan.sangkien.common.Api.asAdmin;
import static vn.congdoan.sangkien.common.Fixtures.version;

/** One dossier walked from draft to valid by the people who do each step, and the steps refused on the way. */
@QuarkusTest
class LifecycleTest {

    private static final String PROGRESS = "/api/v1/programs/1TRIEU-SK/progress?period=GD1&depth=0&root=";

    @Inject
    EntityManager em;

    @Test
    void fromDraftToValidTheUnitAndTheProvinceCountIt() {
        String school = Fixtures.createUnit("T-LIFE", "CĐCS Trường PTDTBT Mù Cả", "GRASSROOTS", "LCH-MT");
        RequestSpecification officer = Api.as("cb.muongte", Roles.UNIT_OFFICER, "LCH-MT");
        RequestSpecification federation = Api.as("ldld.laichau", Roles.FEDERATION_OFFICER, "LCH");
        int provinceBefore = valid("LCH");
        int districtBefore = valid("LCH-MT");

        // A member files their own dossier (draft), the district's support team helps submit it.
        long id = Api.as("doanvien.muca", Roles.MEMBER, school).contentType(ContentType.JSON)
                .body(Fixtures.ownInitiativeJson("doanvien.muca", school, "Vườn rau dinh dưỡng cho học sinh bán trú", "2022-03-10"))
                .post("/api/v1/initiatives").then().statusCode(201).body("status", equalTo("DRAFT"))
                .extract().jsonPath().getLong("id");
        JsonPath submitted = officer.contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(path(id, "submit")).then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("receiptNumber", matchesPattern("SK-" + school + "-2022-\\d{4}"))
                .body("submittedOn", equalTo(VietnamClock.today().toString()))
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
                        "decisionNumber", "45/QĐ-UBND", "decisionDate", VietnamClock.today().toString(), "impactLevel", "GRASSROOTS"))
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

    @Test
    void aRefusalOnlyFollowsTheReviewAndItsReasonsAreShownInTheDossierAndItsHistory() {
        String district = Fixtures.createUnit("T-REF", "Huyện không công nhận", "DISTRICT_FEDERATION", "TLD");
        RequestSpecification officer = Api.as("cb.refuse", Roles.UNIT_OFFICER, district);
        long id = Fixtures.createInitiative(district, "Sổ ghi chép ca trực điện tử", "2022-02-02");
        refuse(officer, id, "Chưa áp dụng").then().statusCode(409)
                .body("type", equalTo("urn:sangkien:problem:conflict")).body("titleEn", equalTo("Step not allowed now"))
                .body("detailEn", containsString("DRAFT")).body("detailEn", containsString("UNDER_REVIEW"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", version(id))).post(path(id, "submit")).then().statusCode(200);
        refuse(officer, id, "Chưa qua hội đồng").then().statusCode(409).body("detailEn", containsString("SUBMITTED"));

        Fixtures.assign(id, district, "gk." + district.toLowerCase());
        refuse(officer, id, "  Giải pháp đã được áp dụng rộng rãi trước đó\n").then().statusCode(200)
                .body("status", equalTo("REFUSED")).body("refusalReasons", equalTo("Giải pháp đã được áp dụng rộng rãi trước đó"));
        officer.get("/api/v1/initiatives/" + id).then().statusCode(200)
                .body("status", equalTo("REFUSED")).body("refusalReasons", equalTo("Giải pháp đã được áp dụng rộng rãi trước đó"))
                .body("decisionNumber", nullValue());
        officer.get(path(id, "history")).then().statusCode(200)
                .body("find { it.toStatus == 'REFUSED' }.fromStatus", equalTo("UNDER_REVIEW"))
                .body("find { it.toStatus == 'REFUSED' }.actor", equalTo("cb.refuse"))
                .body("find { it.toStatus == 'REFUSED' }.reason", equalTo("Giải pháp đã được áp dụng rộng rãi trước đó"));
        // A refusal is final: not refused twice, not recognised afterwards, not edited.
        refuse(officer, id, "Lần nữa").then().statusCode(409).body("detailEn", containsString("REFUSED"));
        recognition(officer, id, VietnamClock.today()).then().statusCode(409);
        officer.contentType(ContentType.JSON)
                .body(Fixtures.initiativeJson(district, "Sửa sau khi bị từ chối", "2022-02-02").replaceFirst("\\{", "{\"version\": " + version(id) + ", "))
                .put("/api/v1/initiatives/" + id).then().statusCode(409).body("titleEn", equalTo("Dossier cannot be edited"));
    }

    @Test
    void onlyAFiledDossierNotYetValidIsReturned() {
        String district = Fixtures.createUnit("T-RET", "Huyện trả lại", "DISTRICT_FEDERATION", "TLD");
        RequestSpecification officer = Api.as("cb.return", Roles.UNIT_OFFICER, district);
        long draft = Fixtures.createInitiative(district, "Bản nháp chưa nộp", "2022-02-02");
        giveBack(officer, draft, "Thiếu chữ ký").then().statusCode(409).body("detailEn", containsString("DRAFT"));

        long refused = Fixtures.createInitiative(district, "Hồ sơ bị từ chối", "2022-02-02");
        Fixtures.underReview(refused, district, "gk." + district.toLowerCase());
        refuse(officer, refused, "Không có tính mới").then().statusCode(200);
        giveBack(officer, refused, "Bổ sung").then().statusCode(409).body("detailEn", containsString("REFUSED"));

        long valid = Fixtures.createInitiative(district, "Hồ sơ đã hợp lệ", "2022-02-02");
        Fixtures.underReview(valid, district, "gk." + district.toLowerCase());
        Fixtures.recognise(valid, "B");
        officer.contentType(ContentType.JSON).body(Map.of("version", version(valid))).post(path(valid, "validate")).then().statusCode(200);
        giveBack(officer, valid, "Bổ sung").then().statusCode(409).body("detailEn", containsString("VALID"));
        asAdmin().get("/api/v1/initiatives/" + valid).then().body("status", equalTo("VALID"));
    }

    @Test
    void theUnionReturnsARecognisedInitiativeWhichComesBackEditedAndIsRecordedOnTheSameDecision() {
        String district = Fixtures.createUnit("T-BACK", "Huyện kiểm tra", "DISTRICT_FEDERATION", "TLD");
        RequestSpecification officer = Api.as("cb.check", Roles.UNIT_OFFICER, district);
        long id = Fixtures.createInitiative(district, "Sổ tay nghiệp vụ công đoàn cơ sở", "2022-02-02");
        Fixtures.underReview(id, district, "gk." + district.toLowerCase());
        LocalDate filed = VietnamClock.today().minusDays(20);
        LocalDate decided = VietnamClock.today().minusDays(10);
        backdateSubmission(id, filed);
        String receipt = recognition(officer, id, decided).then().statusCode(200).body("status", equalTo("RECOGNISED"))
                .extract().jsonPath().getString("receiptNumber");

        // The union's check finds the dossier incomplete: back to the authors, who add what is missing and file again.
        // The decision leaves the dossier for its history (decided 03/12/2026).
        giveBack(officer, id, "Thiếu ý kiến của đơn vị đã áp dụng").then().statusCode(200).body("status", equalTo("RETURNED"))
                .body("decisionNumber", nullValue()).body("decisionDate", nullValue()).body("recognitionBody", nullValue());
        String edit = Fixtures.initiativeJson(district, "Sổ tay nghiệp vụ công đoàn cơ sở", "2022-02-02")
                .replaceFirst("\\{", "{\"version\": " + version(id) + ", \"benefitsByAppliers\": \"Rút ngắn thời gian hướng dẫn\", ");
        officer.contentType(ContentType.JSON).body(edit).put("/api/v1/initiatives/" + id).then().statusCode(200);
        // Filed again under its first receipt, number and date alike.
        long version = officer.contentType(ContentType.JSON).body(Map.of("version", version(id))).post(path(id, "submit"))
                .then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("receiptNumber", equalTo(receipt)).body("submittedOn", equalTo(filed.toString()))
                .extract().jsonPath().getLong("version");
        officer.contentType(ContentType.JSON)
                .body(Map.of("version", version, "rubricCode", "TLD-2022", "evaluators", List.of("gk." + district.toLowerCase())))
                .post(path(id, "evaluations")).then().statusCode(200).body("status", equalTo("UNDER_REVIEW"));
        // The organisation's decision, taken before the dossier was sent again, still stands and is recorded again.
        recognition(officer, id, decided).then().statusCode(200).body("status", equalTo("RECOGNISED"))
                .body("decisionDate", equalTo(decided.toString()));
        officer.contentType(ContentType.JSON).body(Map.of("version", version(id))).post(path(id, "validate"))
                .then().statusCode(200).body("status", equalTo("VALID"));
        officer.get(path(id, "history")).then().statusCode(200)
                .body("findAll { it.kind == 'TRANSITION' }.toStatus", contains("DRAFT", "SUBMITTED", "UNDER_REVIEW", "RECOGNISED",
                        "RETURNED", "SUBMITTED", "UNDER_REVIEW", "RECOGNISED", "VALID"))
                .body("find { it.toStatus == 'RETURNED' }.fromStatus", equalTo("RECOGNISED"))
                .body("find { it.toStatus == 'RETURNED' }.reason", equalTo("Thiếu ý kiến của đơn vị đã áp dụng"))
                .body("find { it.toStatus == 'RETURNED' }.withdrawnDecision.decisionNumber", equalTo("12/QĐ-UBND"))
                .body("find { it.toStatus == 'RETURNED' }.withdrawnDecision.decisionDate", equalTo(decided.toString()))
                .body("find { it.kind == 'EDIT' }.changedFields", hasItem("benefitsByAppliers"));
    }

    @Test
    void aReturnedRecognisedDossierIsNoLongerFoundByItsGrade() {
        String district = Fixtures.createUnit("T-GRD", "Huyện xếp loại", "DISTRICT_FEDERATION", "TLD");
        RequestSpecification officer = Api.as("cb.grade", Roles.UNIT_OFFICER, district);
        long id = Fixtures.createInitiative(district, "Bảng tin điện tử tổ công đoàn", "2022-02-02");
        Fixtures.underReview(id, district, "gk." + district.toLowerCase());
        Fixtures.recognise(id, "B");
        officer.get("/api/v1/initiatives?grade=B&unit=" + district).then().statusCode(200).body("items.id", contains((int) id));

        giveBack(officer, id, "Bổ sung minh chứng").then().statusCode(200).body("grade", nullValue());
        officer.get("/api/v1/initiatives?grade=B&unit=" + district).then().statusCode(200).body("items", empty());
        officer.get(path(id, "history")).then().statusCode(200)
                .body("find { it.toStatus == 'RETURNED' }.withdrawnDecision.grade", equalTo("B"))
                .body("find { it.toStatus == 'RETURNED' }.withdrawnDecision.impactLevel", equalTo("GRASSROOTS"))
                .body("find { it.toStatus == 'RECOGNISED' }.withdrawnDecision", nullValue());
    }

    @Test
    void aDecisionIsNotDatedBeforeTheDossierWasSubmitted() {
        String district = Fixtures.createUnit("T-DEC", "Huyện quyết định", "DISTRICT_FEDERATION", "TLD");
        RequestSpecification officer = Api.as("cb.decide", Roles.UNIT_OFFICER, district);
        long id = Fixtures.createInitiative(district, "Phiếu khảo sát đoàn viên trực tuyến", "2022-02-02");
        Fixtures.underReview(id, district, "gk." + district.toLowerCase());
        recognition(officer, id, VietnamClock.today().minusDays(1)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:sangkien:problem:validation"))
                .body("errors[0].field", equalTo("decisionDate")).body("errors[0].rule", equalTo("NotBeforeSubmission"))
                .body("errors[0].message", equalTo("Ngày quyết định không được trước ngày nộp hồ sơ"))
                .body("errors[0].messageEn", equalTo("the decision date cannot be before the submission"));
        asAdmin().get("/api/v1/initiatives/" + id).then().body("status", equalTo("UNDER_REVIEW")).body("decisionNumber", nullValue());
        recognition(officer, id, VietnamClock.today()).then().statusCode(200).body("status", equalTo("RECOGNISED"));
    }

    private static io.restassured.response.Response refuse(RequestSpecification as, long id, String reason) {
        return as.contentType(ContentType.JSON).body(Map.of("version", version(id), "reason", reason)).post(path(id, "refuse"));
    }

    private static io.restassured.response.Response giveBack(RequestSpecification as, long id, String reason) {
        return as.contentType(ContentType.JSON).body(Map.of("version", version(id), "reason", reason)).post(path(id, "return"));
    }

    private static io.restassured.response.Response recognition(RequestSpecification as, long id, LocalDate decided) {
        return as.contentType(ContentType.JSON).body(Map.of("version", version(id), "recognitionBody", "Hội đồng sáng kiến huyện",
                "decisionNumber", "12/QĐ-UBND", "decisionDate", decided.toString(), "impactLevel", "GRASSROOTS")).post(path(id, "recognise"));
    }

    /** As if it had been filed on {@code day}: the API always files today. */
    private void backdateSubmission(long id, LocalDate day) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update initiative set submitted_on = :day where id = :id")
                .setParameter("day", day).setParameter("id", id).executeUpdate());
    }

    private static String path(long id, String step) {
        return "/api/v1/initiatives/" + id + "/" + step;
    }

    private static int valid(String unit) {
        return asAdmin().get(PROGRESS + unit).then().statusCode(200).extract().jsonPath().getInt("rows[0].valid");
    }
}
