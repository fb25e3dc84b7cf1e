package vn.congdoan.sangkien.initiative;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.common.Tokens;
import vn.congdoan.sangkien.security.Roles;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/**
 * Filing on behalf (tổ hỗ trợ sáng kiến): officers and the support team of the dossier's unit file dossiers whose
 * authors are others; a member files only as one of the authors.
 */
@QuarkusTest
class FilingOnBehalfTest {

    private static final String CREATE = "/api/v1/initiatives";

    private static void team(String unit, String username) {
        Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("members", List.of(Map.of("username", username, "fullName", "Vàng Thị Mai"))))
                .put("/api/v1/units/" + unit + "/support-team").then().statusCode(200);
    }

    @Test
    void aMemberFilesOnlyAsAnAuthor() {
        String school = Fixtures.createUnit("T-FOB", "CĐCS Trường Tiểu học Mù Cả", "GRASSROOTS", "LCH-PT");
        // Authors are others, the caller is not on the team: 403 naming the authors and the rule; nothing is created.
        Api.as("doanvien.khac", Roles.MEMBER, school).contentType(ContentType.JSON)
                .body(Fixtures.initiativeJson(school, "Bếp đun tiết kiệm củi", "2022-03-10")).post(CREATE).then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("urn:sangkien:problem:forbidden"))
                .body("errors[0].field", equalTo("authors")).body("errors[0].rule", equalTo("FilingOnBehalf"))
                .body("titleEn", equalTo("Not allowed to file for someone else"));
        Api.asAdmin().get(CREATE + "?unit=" + school).then().statusCode(200).body("totalItems", equalTo(0));

        // Named as an author by their full name (family name first in Keycloak's token): allowed.
        String hoa = Tokens.claims("doanvien.hoa", Roles.MEMBER, school).claim("family_name", "Nguyễn Thị")
                .claim("given_name", "Hoa").sign("privateKey.jwk");
        Api.as(hoa).contentType(ContentType.JSON)
                .body(Fixtures.initiativeJson(school, "Bếp đun tiết kiệm củi", "2022-03-10")).post(CREATE).then().statusCode(201)
                .body("createdBy", equalTo("doanvien.hoa"));
        // Linked to their own account: allowed; to a colleague's: 403 on that author's account.
        Api.as("doanvien.hoa", Roles.MEMBER, school).contentType(ContentType.JSON)
                .body(Fixtures.ownInitiativeJson("doanvien.hoa", school, "Góc đọc sách", "2022-03-10")).post(CREATE).then().statusCode(201)
                .body("authors[0].account", equalTo("doanvien.hoa"));
        String colleagueLinked = Fixtures.ownInitiativeJson("doanvien.hoa", school, "Góc đọc sách 2", "2022-03-10")
                .replace("{\"fullName\": \"Lò Văn Minh\",", "{\"fullName\": \"Lò Văn Minh\", \"account\": \"doanvien.minh\",");
        Api.as("doanvien.hoa", Roles.MEMBER, school).contentType(ContentType.JSON).body(colleagueLinked).post(CREATE).then()
                .statusCode(403).body("errors[0].field", equalTo("authors[1].account")).body("errors[0].rule", equalTo("LinkOwnAccount"));
    }

    @Test
    void theUnitsSupportTeamAndOfficersFileForOthers() {
        String school = Fixtures.createUnit("T-FOB", "CĐCS Trường Mầm non Sin Súi Hồ", "GRASSROOTS", "LCH-PT");
        String other = Fixtures.createUnit("T-FOB", "CĐCS Trạm Y tế xã", "GRASSROOTS", "LCH-PT");
        team(school, "hotro.mai");

        // On the school's team: files for others and links their accounts.
        long id = Api.as("hotro.mai", Roles.MEMBER, school).contentType(ContentType.JSON)
                .body(Fixtures.linkedInitiativeJson(school, "Vườn rau dinh dưỡng", "2022-03-10", "doanvien.hoa")).post(CREATE).then()
                .statusCode(201).body("createdBy", equalTo("hotro.mai")).body("authors[0].account", equalTo("doanvien.hoa"))
                .extract().jsonPath().getLong("id");
        // Not on the other school's team (their unit reaches it only through the district officer here).
        Api.as("hotro.mai", Roles.MEMBER, "LCH-PT").contentType(ContentType.JSON)
                .body(Fixtures.initiativeJson(other, "Sổ tay sơ cứu", "2022-03-10")).post(CREATE).then().statusCode(403)
                .body("errors[0].rule", equalTo("FilingOnBehalf"));
        // An officer of the district files for others anywhere in it.
        Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").contentType(ContentType.JSON)
                .body(Fixtures.linkedInitiativeJson(other, "Sổ tay sơ cứu", "2022-03-10", "doanvien.lan")).post(CREATE).then().statusCode(201);

        // Taken off the team, they no longer change the dossier they filed for someone else.
        Api.asAdmin().delete("/api/v1/units/" + school + "/support-team/hotro.mai").then().statusCode(204);
        String update = Fixtures.linkedInitiativeJson(school, "Vườn rau dinh dưỡng (sửa)", "2022-03-10", "doanvien.hoa")
                .replaceFirst("\\{", "{\"version\": 0, ");
        Api.as("hotro.mai", Roles.MEMBER, school).contentType(ContentType.JSON).body(update).put(CREATE + "/" + id).then()
                .statusCode(403).body("errors[0].rule", equalTo("FilingOnBehalf"));
        team(school, "hotro.mai");
        Api.as("hotro.mai", Roles.MEMBER, school).contentType(ContentType.JSON).body(update).put(CREATE + "/" + id).then()
                .statusCode(200).body("title", equalTo("Vườn rau dinh dưỡng (sửa)"));
    }
}
