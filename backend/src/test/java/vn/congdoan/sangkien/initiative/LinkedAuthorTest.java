package vn.congdoan.sangkien.initiative;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.security.Roles;

import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * An author linked to an account sees the dossier filed for them, its status and history, and before submission
 * confirms or corrects their own row; a colleague sees none of it.
 */
@QuarkusTest
class LinkedAuthorTest {

    private static final String DOSSIERS = "/api/v1/initiatives";

    private static long filedFor(String school, String account, String title) {
        return Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").contentType(ContentType.JSON)
                .body(Fixtures.linkedInitiativeJson(school, title, "2022-03-10", account)).post(DOSSIERS).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    @Test
    void theLinkedAuthorSeesTheDossierFiledForThemAndAColleagueDoesNot() {
        String school = Fixtures.createUnit("T-LAU", "CĐCS Trường PTDTBT Mù Cả", "GRASSROOTS", "LCH-PT");
        long id = filedFor(school, "doanvien.hoa", "Lọc nước sạch cho điểm trường");
        long others = filedFor(school, "doanvien.lan", "Sổ tay dinh dưỡng");
        var hoa = Api.as("doanvien.hoa", Roles.MEMBER, school);

        hoa.get(DOSSIERS).then().statusCode(200).body("items.id", contains((int) id));
        Api.as("doanvien.hoa", Roles.MEMBER, school).get(DOSSIERS + "?linkedToMe=true").then().statusCode(200)
                .body("items.id", contains((int) id)).body("items[0].status", equalTo("DRAFT"));
        Api.as("doanvien.hoa", Roles.MEMBER, school).get(DOSSIERS + "/" + id).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("authors[0].account", equalTo("doanvien.hoa"))
                .body("authors[0].confirmedAt", nullValue()).body("confidentialHidden", equalTo(false));
        Api.as("doanvien.hoa", Roles.MEMBER, school).get(DOSSIERS + "/" + id + "/history").then().statusCode(200)
                .body("kind", hasItem("TRANSITION")).body("[0].toStatus", equalTo("DRAFT"));
        // Nothing of the colleague's dossier.
        Api.as("doanvien.hoa", Roles.MEMBER, school).get(DOSSIERS + "/" + others).then().statusCode(404);
        Api.as("doanvien.hoa", Roles.MEMBER, school).get(DOSSIERS + "/" + others + "/history").then().statusCode(404);
        // A colleague who is no author: nothing of it, not even through the filter.
        Api.as("doanvien.khac", Roles.MEMBER, school).get(DOSSIERS).then().statusCode(200).body("items", empty());
        Api.as("doanvien.khac", Roles.MEMBER, school).get(DOSSIERS + "?linkedToMe=true").then().statusCode(200).body("items", empty());
        Api.as("doanvien.khac", Roles.MEMBER, school).get(DOSSIERS + "/" + id).then().statusCode(404);
        Api.as("doanvien.khac", Roles.MEMBER, school).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(DOSSIERS + "/" + id + "/authors/mine/confirm").then().statusCode(404);
        // Linked, but in another district's scope: 404.
        Api.as("doanvien.hoa", Roles.MEMBER, "LCH-SH").get(DOSSIERS + "/" + id).then().statusCode(404);
        // The linked author does not edit the whole dossier: that stays with its filer.
        Api.as("doanvien.hoa", Roles.MEMBER, school).contentType(ContentType.JSON)
                .body(Fixtures.linkedInitiativeJson(school, "Đổi tên", "2022-03-10", "doanvien.hoa").replaceFirst("\\{", "{\"version\": 0, "))
                .put(DOSSIERS + "/" + id).then().statusCode(404);
    }

    @Test
    void beforeSubmissionTheLinkedAuthorConfirmsOrCorrectsTheirRowAfterItIsReadOnly() {
        String school = Fixtures.createUnit("T-LAU", "CĐCS Trường Mầm non Ma Ly Pho", "GRASSROOTS", "LCH-PT");
        long id = filedFor(school, "doanvien.hoa", "Bếp đun cải tiến");
        String confirm = DOSSIERS + "/" + id + "/authors/mine/confirm";
        String correct = DOSSIERS + "/" + id + "/authors/mine";

        Api.as("doanvien.hoa", Roles.MEMBER, school).contentType(ContentType.JSON).body(Map.of("version", 0, "note", "Đúng thông tin"))
                .post(confirm).then().statusCode(200).body("authors[0].confirmedAt", notNullValue()).body("version", equalTo(0));
        Api.as("doanvien.hoa", Roles.MEMBER, school).get(DOSSIERS + "/" + id + "/history").then().statusCode(200)
                .body("find { it.kind == 'AUTHOR_CONFIRMED' }.actor", equalTo("doanvien.hoa"))
                .body("find { it.kind == 'AUTHOR_CONFIRMED' }.reason", equalTo("Đúng thông tin"));
        // A stale version: 409.
        Api.as("doanvien.hoa", Roles.MEMBER, school).contentType(ContentType.JSON).body(Map.of("version", 5))
                .post(confirm).then().statusCode(409);

        // A correction of their own row; the share stays the filer's.
        Api.as("doanvien.hoa", Roles.MEMBER, school).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "fullName", "Nguyễn Thị Hoà", "workplace", "Trường Mầm non Ma Ly Pho", "jobTitle", "Hiệu phó"))
                .put(correct).then().statusCode(200).body("version", equalTo(1))
                .body("authors[0].fullName", equalTo("Nguyễn Thị Hoà")).body("authors[0].jobTitle", equalTo("Hiệu phó"))
                .body("authors[0].contributionPercent", equalTo(60.0f)).body("authors[1].fullName", equalTo("Lò Văn Minh"))
                .body("authors[0].confirmedAt", notNullValue());
        Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").get(DOSSIERS + "/" + id + "/history").then().statusCode(200)
                .body("find { it.kind == 'AUTHOR_CORRECTED' }.actor", equalTo("doanvien.hoa"));

        // The filer is no linked author: 403 naming the rule.
        Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").contentType(ContentType.JSON).body(Map.of("version", 1))
                .post(confirm).then().statusCode(403).body("errors[0].rule", equalTo("LinkedAuthor"));

        // The filer changes the author's row: the confirmation no longer holds.
        Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").contentType(ContentType.JSON)
                .body(Fixtures.linkedInitiativeJson(school, "Bếp đun cải tiến", "2022-03-10", "doanvien.hoa").replaceFirst("\\{", "{\"version\": 1, "))
                .put(DOSSIERS + "/" + id).then().statusCode(200).body("authors[0].confirmedAt", nullValue())
                .body("authors[0].fullName", equalTo("Nguyễn Thị Hoa"));

        // Submitted: still shown with its status, read-only to them.
        Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").contentType(ContentType.JSON).body(Map.of("version", 2))
                .post(DOSSIERS + "/" + id + "/submit").then().statusCode(200);
        Api.as("doanvien.hoa", Roles.MEMBER, school).get(DOSSIERS + "/" + id).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        Api.as("doanvien.hoa", Roles.MEMBER, school).contentType(ContentType.JSON).body(Map.of("version", 3))
                .post(confirm).then().statusCode(409);
        Api.as("doanvien.hoa", Roles.MEMBER, school).contentType(ContentType.JSON)
                .body(Map.of("version", 3, "fullName", "Nguyễn Thị Hoà"))
                .put(correct).then().statusCode(409);
    }

    @Test
    void aLinkedAuthorNeitherDecidesOnTheDossierNorScoresIt() {
        String district = Fixtures.createUnit("T-LAU", "Huyện tác giả liên kết", "DISTRICT_FEDERATION", "TLD");
        // Linked to the officer's account; their token's name is not the author's, so only the link tells.
        long id = Api.asAdmin().contentType(ContentType.JSON)
                .body(Fixtures.linkedInitiativeJson(district, "Sổ theo dõi ca trực", "2022-02-02", "cb.tacgia"))
                .post(DOSSIERS).then().statusCode(201).extract().jsonPath().getLong("id");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("version", 0)).post(DOSSIERS + "/" + id + "/submit").then().statusCode(200);
        // Seated on the council, they are refused as its evaluator.
        Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("members", java.util.List.of(Map.of("username", "cb.tacgia", "fullName", "Cán bộ tác giả"))))
                .put("/api/v1/councils/" + district).then().statusCode(200);
        Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("version", Fixtures.version(id), "rubricCode", "TLD-2022", "evaluators", java.util.List.of("cb.tacgia")))
                .post(DOSSIERS + "/" + id + "/evaluations").then().statusCode(409)
                .body("errors[0].rule", equalTo("ConflictOfInterest"));
        Fixtures.assign(id, district, "gk." + district.toLowerCase());

        var author = Api.as("cb.tacgia", Roles.UNIT_OFFICER, district);
        author.get(DOSSIERS + "/" + id).then().statusCode(200).body("allowedActions", contains("RETURN"));
        Api.as("cb.tacgia", Roles.UNIT_OFFICER, district).contentType(ContentType.JSON)
                .body(Map.of("version", Fixtures.version(id), "recognitionBody", "Hội đồng sáng kiến huyện", "decisionNumber", "9/QĐ",
                        "decisionDate", java.time.LocalDate.now().toString(), "impactLevel", "GRASSROOTS"))
                .post(DOSSIERS + "/" + id + "/recognise").then().statusCode(403)
                .body("errors[0].field", equalTo("authors")).body("errors[0].rule", equalTo("FourEyes"));
        Api.as("cb.khac", Roles.UNIT_OFFICER, district).get(DOSSIERS + "/" + id).then().statusCode(200)
                .body("allowedActions", contains("RETURN", "RECOGNISE", "REFUSE"));
    }
}
