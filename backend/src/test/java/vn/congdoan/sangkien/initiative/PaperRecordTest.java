package vn.congdoan.sangkien.initiative;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.common.text.VietnamClock;
import vn.congdoan.sangkien.security.Roles;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.congdoan.sangkien.common.Api.asAdmin;
import static vn.congdoan.sangkien.common.Fixtures.version;

/**
 * Paper records brought in: an officer enters a dossier received on paper in 2022 through the lifecycle with each
 * step's real date; the 2022 reports count it then, the history keeps both the real date and the entry's stamp.
 */
@QuarkusTest
class PaperRecordTest {

    private static final String PROGRESS = "/api/v1/programs/1TRIEU-SK/progress?period=GD1&depth=0&root=";

    @Test
    void aDossierReceivedOnPaperIn2022IsTakenThroughItsStepsWithRealDatesAndCountsIn2022() {
        String district = Fixtures.createUnit("T-PAPER", "Huyện nhập hồ sơ giấy", "DISTRICT_FEDERATION", "TLD");
        RequestSpecification officer = Api.as("cb.paper", Roles.UNIT_OFFICER, district);
        long id = Fixtures.createInitiative(district, "Sổ theo dõi đoàn phí bằng giấy", "2022-02-10");
        String gk = "gk." + district.toLowerCase();
        asAdmin().contentType(ContentType.JSON).body(Map.of("members", List.of(Map.of("username", gk, "fullName", "Giám khảo giấy"))))
                .put("/api/v1/councils/" + district).then().statusCode(200);

        // Received 15/03/2022, given to the council 01/04/2022, recognised by decision of 10/05/2022, checked 20/05/2022.
        step(officer, id, "submit", Map.of("occurredOn", "2022-03-15")).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("submittedOn", equalTo("2022-03-15"))
                .body("receiptNumber", containsString("-2022-"));
        step(officer, id, "evaluations", Map.of("rubricCode", "TLD-2022", "evaluators", List.of(gk), "occurredOn", "2022-04-01"))
                .then().statusCode(200).body("status", equalTo("UNDER_REVIEW"));
        step(officer, id, "recognise", Map.of("recognitionBody", "Hội đồng sáng kiến huyện", "decisionNumber", "31/QĐ-UBND",
                "decisionDate", "2022-05-10", "impactLevel", "GRASSROOTS", "occurredOn", "2022-05-10")).then().statusCode(200)
                .body("status", equalTo("RECOGNISED")).body("decisionDate", equalTo("2022-05-10"));
        step(officer, id, "validate", Map.of("occurredOn", "2022-05-20", "note", "Hồ sơ giấy đầy đủ")).then().statusCode(200)
                .body("status", equalTo("VALID"));

        // The reports of 2022 see each step on its real day.
        assertEquals(1, asOf(district, "2022-03-31").getInt("rows[0].submitted"));
        assertEquals(0, asOf(district, "2022-03-31").getInt("rows[0].valid"));
        assertEquals(1, asOf(district, "2022-04-30").getInt("rows[0].underReview"));
        JsonPath mid = asOf(district, "2022-05-15");
        assertEquals(1, mid.getInt("rows[0].recognised"));
        assertEquals(0, mid.getInt("rows[0].valid"));
        JsonPath endOfPhase = asOf(district, "2022-05-31");
        assertEquals(1, endOfPhase.getInt("rows[0].valid"));
        assertEquals(0, endOfPhase.getInt("rows[0].recognised"));
        assertEquals(0, asOf(district, "2022-03-14").getInt("rows[0].submitted"));
        // Today's numbers (the counters) agree.
        asAdmin().get(PROGRESS + district).then().statusCode(200).body("rows[0].valid", equalTo(1));

        // The history keeps the real day and who entered the step, and when.
        JsonPath history = officer.get("/api/v1/initiatives/" + id + "/history").then().statusCode(200)
                .body("findAll { it.kind == 'TRANSITION' }.toStatus", contains("DRAFT", "SUBMITTED", "UNDER_REVIEW", "RECOGNISED", "VALID"))
                .body("findAll { it.kind == 'TRANSITION' }.occurredOn",
                        contains(VietnamClock.today().toString(), "2022-03-15", "2022-04-01", "2022-05-10", "2022-05-20"))
                .body("find { it.toStatus == 'SUBMITTED' }.actor", equalTo("cb.paper"))
                .body("find { it.toStatus == 'VALID' }.reason", equalTo("Hồ sơ giấy đầy đủ"))
                .extract().jsonPath();
        OffsetDateTime entered = OffsetDateTime.parse(history.getString("find { it.toStatus == 'VALID' }.at"));
        assertEquals(VietnamClock.today(), entered.atZoneSameInstant(VietnamClock.VIETNAM).toLocalDate());
    }

    @Test
    void aRealDateInTheFutureOrBeforeTheStepBeforeIsRefused() {
        String district = Fixtures.createUnit("T-PAPD", "Huyện ngày sai", "DISTRICT_FEDERATION", "TLD");
        RequestSpecification officer = Api.as("cb.paperdate", Roles.UNIT_OFFICER, district);
        long id = Fixtures.createInitiative(district, "Sổ giao ca bằng giấy", "2022-02-10");

        String tomorrow = VietnamClock.today().plusDays(1).toString();
        step(officer, id, "submit", Map.of("occurredOn", tomorrow)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("occurredOn")).body("errors[0].rule", equalTo("PastOrPresent"));
        // Received before it was filed (10/02/2022).
        step(officer, id, "submit", Map.of("occurredOn", "2022-02-09")).then().statusCode(400)
                .body("errors[0].field", equalTo("occurredOn")).body("errors[0].rule", equalTo("NotBeforeFiling"))
                .body("errors[0].message", equalTo("Ngày tiếp nhận không được trước ngày nộp đơn (10/02/2022)"))
                .body("errors[0].messageEn", equalTo("the receipt date cannot be before the filing date (10/02/2022)"));
        asAdmin().get("/api/v1/initiatives/" + id).then().body("status", equalTo("DRAFT"));
        step(officer, id, "submit", Map.of("occurredOn", "2022-03-15")).then().statusCode(200);

        // The council cannot take it before it was received.
        String gk = "gk." + district.toLowerCase();
        asAdmin().contentType(ContentType.JSON).body(Map.of("members", List.of(Map.of("username", gk, "fullName", "Giám khảo ngày"))))
                .put("/api/v1/councils/" + district).then().statusCode(200);
        step(officer, id, "evaluations", Map.of("rubricCode", "TLD-2022", "evaluators", List.of(gk), "occurredOn", "2022-03-14"))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("occurredOn")).body("errors[0].rule", equalTo("NotBeforePreviousStep"))
                .body("errors[0].message", equalTo("Ngày thực tế không được trước ngày của bước trước đó (15/03/2022)"))
                .body("errors[0].messageEn", equalTo("the real date cannot be before the previous step's (15/03/2022)"));
        step(officer, id, "evaluations", Map.of("rubricCode", "TLD-2022", "evaluators", List.of(gk), "occurredOn", "2022-03-15"))
                .then().statusCode(200).body("status", equalTo("UNDER_REVIEW"));

        // A decision is not recorded as taken before its own date; a step without a real date happened today.
        step(officer, id, "recognise", Map.of("recognitionBody", "Hội đồng sáng kiến huyện", "decisionNumber", "8/QĐ",
                "decisionDate", "2022-05-10", "impactLevel", "GRASSROOTS", "occurredOn", "2022-05-09")).then().statusCode(400)
                .body("errors[0].rule", equalTo("NotBeforeDecision"));
        step(officer, id, "recognise", Map.of("recognitionBody", "Hội đồng sáng kiến huyện", "decisionNumber", "8/QĐ",
                "decisionDate", "2022-05-10", "impactLevel", "GRASSROOTS")).then().statusCode(200);
        // After a step entered today, no later step goes back to 2022.
        step(officer, id, "validate", Map.of("occurredOn", "2022-05-20")).then().statusCode(400)
                .body("errors[0].rule", equalTo("NotBeforePreviousStep"));
        step(officer, id, "validate", Map.of()).then().statusCode(200).body("status", equalTo("VALID"));
        // As of 2022 it was under review; recognised and valid only from today.
        assertEquals(1, asOf(district, "2022-05-31").getInt("rows[0].underReview"));
        assertEquals(0, asOf(district, "2022-05-31").getInt("rows[0].valid"));
    }

    @Test
    void aRealDateOutsideTheProgrammesWindowIsRefused() {
        String program = Fixtures.uniqueCode("T-PAPW");
        asAdmin().contentType(ContentType.JSON).body(Map.of("code", program, "name", "Chương trình năm 2022"))
                .post("/api/v1/programs").then().statusCode(201);
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("code", "Y", "name", "Năm", "kind", "YEAR", "startsOn", "2022-01-01", "endsOn", "2022-12-31"))
                .post("/api/v1/programs/" + program + "/periods").then().statusCode(201);
        String district = Fixtures.createUnit("T-PAPW", "Huyện ngoài thời gian", "DISTRICT_FEDERATION", "TLD");
        long id = asAdmin().contentType(ContentType.JSON)
                .body(Fixtures.initiativeJson(district, "Hồ sơ giấy năm 2022", "2022-11-10").replace(Fixtures.PROGRAM, program))
                .post("/api/v1/initiatives").then().statusCode(201).extract().jsonPath().getLong("id");
        RequestSpecification officer = Api.as("cb.paperwin", Roles.UNIT_OFFICER, district);

        step(officer, id, "submit", Map.of("occurredOn", "2023-01-10")).then().statusCode(400)
                .body("type", equalTo("urn:sangkien:problem:validation"))
                .body("errors.rule", contains("StepWithinProgramWindow"))
                .body("errors[0].message", equalTo("Ngày thực tế phải trong thời gian của chương trình, từ 01/01/2022 đến 31/12/2022"))
                .body("errors[0].messageEn", equalTo("the real date must lie in the programme's window, 01/01/2022 to 31/12/2022"));
        step(officer, id, "submit", Map.of("occurredOn", "2022-12-31")).then().statusCode(200)
                .body("submittedOn", equalTo("2022-12-31"));
    }

    @Test
    void onlyOfficersGiveARealDate() {
        String school = Fixtures.createUnit("T-PAPM", "CĐCS nhập giấy", "GRASSROOTS", "LCH-PT");
        RequestSpecification member = Api.as("doanvien.paper", Roles.MEMBER, school);
        long id = member.contentType(ContentType.JSON).body(Fixtures.ownInitiativeJson("doanvien.paper", school, "Hồ sơ của đoàn viên", "2022-02-10"))
                .post("/api/v1/initiatives").then().statusCode(201).extract().jsonPath().getLong("id");

        step(member, id, "submit", Map.of("occurredOn", "2022-03-15")).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:sangkien:problem:forbidden"))
                .body("errors[0].field", equalTo("occurredOn")).body("errors[0].rule", equalTo("StepDateOfficersOnly"))
                .body("errors[0].messageEn", equalTo("only a union officer records the real date of a step"));
        asAdmin().get("/api/v1/initiatives/" + id).then().body("status", equalTo("DRAFT"));
        // Filed today without one, as always; an officer then gives the next step a real date, not before today.
        step(member, id, "submit", Map.of()).then().statusCode(200).body("submittedOn", equalTo(VietnamClock.today().toString()));
        RequestSpecification officer = Api.as("cb.papermember", Roles.UNIT_OFFICER, school);
        step(officer, id, "return", Map.of("reason", "Thiếu chữ ký", "occurredOn", "2022-03-20")).then().statusCode(400)
                .body("errors.rule", hasItem("NotBeforePreviousStep"));
        step(officer, id, "return", Map.of("reason", "Thiếu chữ ký", "occurredOn", VietnamClock.today().toString()))
                .then().statusCode(200).body("status", equalTo("RETURNED"));
    }

    private static Response step(RequestSpecification as, long id, String step, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("version", version(id));
        return as.contentType(ContentType.JSON).body(body).post("/api/v1/initiatives/" + id + "/" + step);
    }

    private static JsonPath asOf(String root, String day) {
        return asAdmin().get(PROGRESS + root + "&asOf=" + day).then().statusCode(200).extract().jsonPath();
    }
}
