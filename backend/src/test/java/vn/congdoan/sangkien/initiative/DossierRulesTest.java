package vn.congdoan.sangkien.initiative;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.security.Roles;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static vn.congdoan.sangkien.common.Api.asAdmin;

/** The dossier's rules (Nghị định 13/2012), who sees its confidential parts, duplicates, and the council's conflicts of interest. */
@QuarkusTest
class DossierRulesTest {

    @Test
    void anInitiativeIsFiledWithinAYearOfItsFirstApplication() {
        String late = Fixtures.initiativeJson("LCH-PT", "Nộp muộn", "2022-01-10").replace("\"filedOn\": \"2022-01-10\"", "\"filedOn\": \"2023-02-01\"");
        asAdmin().contentType(ContentType.JSON).body(late).post("/api/v1/initiatives").then().statusCode(400)
                .body("errors[0].field", equalTo("firstAppliedOn")).body("errors[0].rule", equalTo("WithinYearBeforeFiling"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("01/02/2023"));
        String early = Fixtures.initiativeJson("LCH-PT", "Nộp trước khi áp dụng", "2022-03-10").replace("\"filedOn\": \"2022-03-10\"", "\"filedOn\": \"2022-03-01\"");
        asAdmin().contentType(ContentType.JSON).body(early).post("/api/v1/initiatives").then().statusCode(400)
                .body("errors[0].field", equalTo("filedOn")).body("errors[0].rule", equalTo("NotBeforeFirstApplied"));
    }

    @Test
    void aProgrammeMaySetASmallestCoAuthorShare() {
        String program = Fixtures.uniqueCode("T-PRG");
        asAdmin().contentType(ContentType.JSON).body(Map.of("code", program, "name", "Có tỷ lệ tối thiểu", "minCoauthorPercent", 45))
                .post("/api/v1/programs").then().statusCode(201);
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("code", "Y", "name", "Năm", "kind", "YEAR", "startsOn", "2022-01-01", "endsOn", "2022-12-31"))
                .post("/api/v1/programs/" + program + "/periods").then().statusCode(201);
        String dossier = Fixtures.initiativeJson("LCH-PT", "Chia sẻ đóng góp", "2022-03-10").replace("1TRIEU-SK", program);
        asAdmin().contentType(ContentType.JSON).body(dossier).post("/api/v1/initiatives").then().statusCode(400)
                .body("errors[0].field", equalTo("authors[1].contributionPercent")).body("errors[0].rule", equalTo("MinCoauthorShare"));
    }

    @Test
    void confidentialPartsAreShownOnlyToWhoNeedsToKnowAndEveryReadIsRecorded() {
        String school = Fixtures.createUnit("T-CONF", "CĐCS Trường THCS Dào San", "GRASSROOTS", "LCH-PT");
        String dossier = Fixtures.initiativeJson(school, "Công thức phân bón hữu cơ", "2022-03-10")
                .replaceFirst("\\{", "{\"confidentialParts\": \"Tỷ lệ phối trộn 3:1:1\", ");
        long id = Api.as("cb.school", Roles.UNIT_OFFICER, school).contentType(ContentType.JSON).body(dossier)
                .post("/api/v1/initiatives").then().statusCode(201)
                .body("confidentialParts", equalTo("Tỷ lệ phối trộn 3:1:1")).extract().jsonPath().getLong("id");
        // Officers whose scope holds the unit: the province, the district, the school's other officer.
        var federation = Api.as("ldld.laichau", Roles.FEDERATION_OFFICER, "LCH");
        federation.get("/api/v1/initiatives/" + id).then().statusCode(200)
                .body("confidentialParts", equalTo("Tỷ lệ phối trộn 3:1:1")).body("confidentialHidden", equalTo(false));
        Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").get("/api/v1/initiatives/" + id).then()
                .body("confidentialParts", equalTo("Tỷ lệ phối trộn 3:1:1"));
        Api.as("cb.school2", Roles.UNIT_OFFICER, school).get("/api/v1/initiatives/" + id).then()
                .body("confidentialParts", equalTo("Tỷ lệ phối trộn 3:1:1"));
        // The admin role alone is no need to know; reporting never is.
        asAdmin().get("/api/v1/initiatives/" + id).then().statusCode(200)
                .body("confidentialParts", nullValue()).body("confidentialHidden", equalTo(true))
                .body("title", equalTo("Công thức phân bón hữu cơ"));
        Api.as("tld.reporting", Roles.REPORTER, "TLD").get("/api/v1/initiatives/" + id).then().statusCode(403);

        // Who read them, newest first, for federation officers; the admin's hidden read is not a read of them.
        federation.get("/api/v1/confidential-reads?initiative=" + id).then().statusCode(200)
                .body("items.reader", contains("cb.school2", "cb.phongtho", "ldld.laichau"))
                .body("items.initiativeId", everyItem(equalTo((int) id))).body("totalItems", equalTo(3));
        federation.get("/api/v1/confidential-reads?unit=" + school).then().statusCode(200)
                .body("items.reader", hasItem("ldld.laichau"));
        Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").get("/api/v1/confidential-reads").then().statusCode(403)
                .contentType("application/problem+json");
        // Another province's federation officer sees neither the reads nor the unit.
        var elsewhere = Api.as("ldld.dienbien", Roles.FEDERATION_OFFICER, "T-NONE");
        elsewhere.get("/api/v1/confidential-reads?initiative=" + id).then().statusCode(200).body("items", empty());
        elsewhere.get("/api/v1/confidential-reads?unit=" + school).then().statusCode(404);
    }

    @Test
    void whoCannotSeeTheConfidentialPartsEditsTheRestWithoutErasingOrChangingThem() {
        String school = Fixtures.createUnit("T-CONF", "CĐCS Trường Tiểu học Sì Lở Lầu", "GRASSROOTS", "LCH-PT");
        String dossier = Fixtures.initiativeJson(school, "Máy sấy thảo quả tiết kiệm củi", "2022-03-10")
                .replaceFirst("\\{", "{\"confidentialParts\": \"Sơ đồ buồng đốt kép\", ");
        var schoolOfficer = Api.as("cb.silolau", Roles.UNIT_OFFICER, school);
        long id = schoolOfficer.contentType(ContentType.JSON).body(dossier).post("/api/v1/initiatives").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", 0)).post("/api/v1/initiatives/" + id + "/submit").then().statusCode(200);
        var district = Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT");
        district.contentType(ContentType.JSON).body(Map.of("version", Fixtures.version(id), "reason", "Bổ sung lợi ích"))
                .post("/api/v1/initiatives/" + id + "/return").then().statusCode(200);

        // The administrator's form never held the text: it sends none, and the stored text stays.
        String withoutConfidential = Fixtures.initiativeJson(school, "Máy sấy thảo quả tiết kiệm củi", "2022-03-10")
                .replaceFirst("\\{", "{\"version\": " + Fixtures.version(id) + ", \"benefitsByAppliers\": \"Giảm 40% củi\", ");
        asAdmin().contentType(ContentType.JSON).body(withoutConfidential)
                .put("/api/v1/initiatives/" + id).then().statusCode(200)
                .body("benefitsByAppliers", equalTo("Giảm 40% củi"))
                .body("confidentialParts", nullValue()).body("confidentialHidden", equalTo(true));
        // Nor may a hidden caller replace what they cannot read.
        String overwrite = Fixtures.initiativeJson(school, "Máy sấy thảo quả tiết kiệm củi", "2022-03-10")
                .replaceFirst("\\{", "{\"version\": " + Fixtures.version(id) + ", \"confidentialParts\": \"Ghi đè\", ");
        asAdmin().contentType(ContentType.JSON).body(overwrite).put("/api/v1/initiatives/" + id).then().statusCode(200);

        // Nor move the dossier into another unit, where others would read them.
        String moved = Fixtures.initiativeJson("LCH-PT", "Máy sấy thảo quả tiết kiệm củi", "2022-03-10")
                .replaceFirst("\\{", "{\"version\": " + Fixtures.version(id) + ", ");
        asAdmin().contentType(ContentType.JSON).body(moved).put("/api/v1/initiatives/" + id).then().statusCode(400)
                .body("errors.field", hasItem("unitCode")).body("errors.rule", hasItem("ConfidentialStaysWithUnit"));

        schoolOfficer.get("/api/v1/initiatives/" + id).then().statusCode(200)
                .body("unitCode", equalTo(school))
                .body("confidentialParts", equalTo("Sơ đồ buồng đốt kép")).body("confidentialHidden", equalTo(false));
        // Those who see it still change it.
        String edit = Fixtures.initiativeJson(school, "Máy sấy thảo quả tiết kiệm củi", "2022-03-10")
                .replaceFirst("\\{", "{\"version\": " + Fixtures.version(id) + ", \"confidentialParts\": \"Sơ đồ buồng đốt ba\", ");
        schoolOfficer.contentType(ContentType.JSON).body(edit).put("/api/v1/initiatives/" + id).then().statusCode(200)
                .body("confidentialParts", equalTo("Sơ đồ buồng đốt ba"));
    }

    @Test
    void theAssignedEvaluatorSeesTheConfidentialPartsAndNoOtherEvaluatorDoes() {
        String school = Fixtures.createUnit("T-CONF", "CĐCS Trường THCS Pa Vây Sử", "GRASSROOTS", "LCH-PT");
        String dossier = Fixtures.initiativeJson(school, "Giàn phơi ngô chống ẩm", "2022-03-10")
                .replaceFirst("\\{", "{\"confidentialParts\": \"Kích thước khe thoáng 12 mm\", ");
        long id = Api.as("cb.pavayasu", Roles.UNIT_OFFICER, school).contentType(ContentType.JSON).body(dossier)
                .post("/api/v1/initiatives").then().statusCode(201).extract().jsonPath().getLong("id");
        String evaluator = "gk." + school.toLowerCase();
        Fixtures.underReview(id, school, evaluator);

        // The evaluator's token names the province, not the authors' unit: the assignment alone opens the confidential parts.
        Api.as(evaluator, Roles.EVALUATOR, "LCH").get("/api/v1/initiatives/" + id).then().statusCode(200)
                .body("confidentialParts", equalTo("Kích thước khe thoáng 12 mm")).body("confidentialHidden", equalTo(false));
        Api.as("gk.khac", Roles.EVALUATOR, school).get("/api/v1/initiatives/" + id).then().statusCode(404);
        Api.as("cb.sinho", Roles.UNIT_OFFICER, "LCH-SH").get("/api/v1/initiatives/" + id).then().statusCode(404);
        asAdmin().get("/api/v1/initiatives/" + id).then().statusCode(200)
                .body("confidentialParts", nullValue()).body("confidentialHidden", equalTo(true));
    }

    @Test
    void similarTitlesShowAMemberOnlyTheirOwnDossiersAndAnOfficerTheWholeUnit() {
        String school = Fixtures.createUnit("T-SIM", "CĐCS Trường Mầm non Ma Ly Pho", "GRASSROOTS", "LCH-PT");
        var hoa = Api.as("doanvien.hoa", Roles.MEMBER, school);
        long mine = hoa.contentType(ContentType.JSON)
                .body(Fixtures.ownInitiativeJson("doanvien.hoa", school, "Bếp đun cải tiến tiết kiệm củi cho bếp ăn bán trú", "2022-03-10"))
                .post("/api/v1/initiatives").then().statusCode(201).extract().jsonPath().getLong("id");
        String close = "Bep dun cai tien tiet kiem cui cho bep an ban tru";

        // The support team sees a colleague's dossier with a close title: that is how duplicates are caught.
        Api.as("cb.malypho", Roles.UNIT_OFFICER, school).contentType(ContentType.JSON)
                .body(Fixtures.initiativeJson(school, close, "2022-03-11")).post("/api/v1/initiatives").then().statusCode(201)
                .body("similar.id", hasItem((int) mine));
        Api.as("cb.malypho", Roles.UNIT_OFFICER, school).get("/api/v1/initiatives/similar?program=1TRIEU-SK&title=" + close)
                .then().statusCode(200).body("id", hasItem((int) mine));

        // Another member of the same unit learns nothing of others' dossiers, neither on writing nor by asking.
        var lan = Api.as("doanvien.lan", Roles.MEMBER, school);
        long lans = lan.contentType(ContentType.JSON).body(Fixtures.ownInitiativeJson("doanvien.lan", school, close, "2022-03-12"))
                .post("/api/v1/initiatives").then().statusCode(201).body("similar", empty())
                .extract().jsonPath().getLong("id");
        lan.get("/api/v1/initiatives/similar?program=1TRIEU-SK&title=" + close).then().statusCode(200)
                .body("id", contains((int) lans));
        // Their own dossiers they do see.
        hoa.get("/api/v1/initiatives/similar?program=1TRIEU-SK&title=" + close).then().statusCode(200)
                .body("id", contains((int) mine));
    }

    @Test
    void similarTitlesAreReturnedToCatchDuplicates() {
        String district = Fixtures.createUnit("T-DUP", "Huyện trùng", "DISTRICT_FEDERATION", "TLD");
        long first = Fixtures.createInitiative(district, "Hệ thống lọc nước sạch cho điểm trường vùng cao", "2022-03-10");
        asAdmin().contentType(ContentType.JSON)
                .body(Fixtures.initiativeJson(district, "He thong loc nuoc sach cho diem truong", "2022-03-11"))
                .post("/api/v1/initiatives").then().statusCode(201)
                .body("similar.id", hasItem((int) first));
        asAdmin().get("/api/v1/initiatives/similar?program=1TRIEU-SK&title=lọc nước sạch điểm trường vùng cao").then().statusCode(200)
                .body("id", hasItem((int) first));
        asAdmin().get("/api/v1/initiatives/similar?program=1TRIEU-SK&title=xe").then().statusCode(400);
    }

    @Test
    void noAuthorNorFilerScoresTheirOwnInitiativeAndOnlyCouncilMembersScore() {
        String district = Fixtures.createUnit("T-COI", "Huyện xung đột", "DISTRICT_FEDERATION", "TLD");
        asAdmin().contentType(ContentType.JSON).body(Map.of("members", List.of(
                        Map.of("username", "gk.hoa", "fullName", "Nguyễn Thị Hoa"),
                        Map.of("username", "gk.filer", "fullName", "Người lập hồ sơ"),
                        Map.of("username", "gk.binh", "fullName", "Trần Văn Bình"))))
                .put("/api/v1/councils/" + district).then().statusCode(200);
        long id = Api.as("gk.filer", Roles.UNIT_OFFICER, district).contentType(ContentType.JSON)
                .body(Fixtures.initiativeJson(district, "Sổ theo dõi ca trực", "2022-03-10"))
                .post("/api/v1/initiatives").then().statusCode(201).extract().jsonPath().getLong("id");
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", 0)).post("/api/v1/initiatives/" + id + "/submit").then().statusCode(200);
        // "Nguyễn Thị Hoa" is the first author in the fixture; "gk.filer" filed it.
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", 1, "rubricCode", "TLD-2022", "evaluators", List.of("gk.hoa", "gk.filer")))
                .post("/api/v1/initiatives/" + id + "/evaluations").then().statusCode(409)
                .body("type", equalTo("urn:sangkien:problem:rule-violated"))
                .body("errors.field", contains("evaluators[0]", "evaluators[1]"))
                .body("errors[0].rule", equalTo("ConflictOfInterest"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", 1, "rubricCode", "TLD-2022", "evaluators", List.of("giamkhao.ngoai")))
                .post("/api/v1/initiatives/" + id + "/evaluations").then().statusCode(400)
                .body("errors[0].rule", equalTo("CouncilMember"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", 1, "rubricCode", "TLD-2022", "evaluators", List.of("gk.binh")))
                .post("/api/v1/initiatives/" + id + "/evaluations").then().statusCode(200).body("sheetsAssigned", equalTo(1));
        // The evaluator sees the dossier assigned to them, scores within the rubric, and sees only their own sheet.
        var binh = Api.as("gk.binh", Roles.EVALUATOR, district);
        binh.get("/api/v1/initiatives/" + id).then().statusCode(200);
        Api.as("gk.binh", Roles.EVALUATOR, district).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "scores", Map.of("novelty", 45, "applicability", 20)))
                .put("/api/v1/initiatives/" + id + "/evaluations/mine").then().statusCode(400)
                .body("errors.field", contains("scores.novelty", "scores.benefit"));
        Api.as("gk.binh", Roles.EVALUATOR, district).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "scores", Map.of("novelty", 25, "applicability", 20, "benefit", 20)))
                .put("/api/v1/initiatives/" + id + "/evaluations/mine").then().statusCode(200);
        Api.as("gk.binh", Roles.EVALUATOR, district).get("/api/v1/initiatives/" + id + "/evaluations").then().statusCode(200)
                .body("sheets.evaluator", contains("gk.binh")).body("proposedGrade", nullValue());
        asAdmin().get("/api/v1/initiatives/" + id + "/evaluations").then()
                .body("total", equalTo(65.0f)).body("passed", equalTo(true)).body("proposedGrade", equalTo("C"));
        // Another evaluator, not assigned, sees nothing of it.
        Api.as("gk.khac", Roles.EVALUATOR, district).get("/api/v1/initiatives/" + id).then().statusCode(404);
    }
}
