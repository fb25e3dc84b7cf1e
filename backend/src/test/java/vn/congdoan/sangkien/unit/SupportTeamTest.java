package vn.congdoan.sangkien.unit;

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
import static org.hamcrest.Matchers.notNullValue;

/** A unit's initiative support team (tổ hỗ trợ sáng kiến) is data its officers keep, within their scope only. */
@QuarkusTest
class SupportTeamTest {

    private static Map<String, Object> team(String... usernamesAndNames) {
        List<Map<String, String>> members = new java.util.ArrayList<>();
        for (int i = 0; i < usernamesAndNames.length; i += 2) {
            members.add(Map.of("username", usernamesAndNames[i], "fullName", usernamesAndNames[i + 1]));
        }
        return Map.of("members", members);
    }

    private static String path(String unit) {
        return "/api/v1/units/" + unit + "/support-team";
    }

    @Test
    void officersOfTheUnitOrAboveKeepItsTeam() {
        String district = Fixtures.createUnit("T-STM", "LĐLĐ huyện thử", "DISTRICT_FEDERATION", "TLD");
        String school = Fixtures.createUnit("T-STM", "CĐCS Trường Mầm non Ma Ly Pho", "GRASSROOTS", district);
        var officer = Api.as("cb.district", Roles.UNIT_OFFICER, district);

        officer.get(path(school)).then().statusCode(200).body("unitCode", equalTo(school)).body("members", empty());
        Api.as("cb.district", Roles.UNIT_OFFICER, district).contentType(ContentType.JSON)
                .body(team("hotro.mai", "Vàng Thị Mai", "hotro.an", "Lò Văn An")).put(path(school)).then().statusCode(200)
                .body("members.username", contains("hotro.an", "hotro.mai"))
                .body("members.addedBy", contains("cb.district", "cb.district"))
                .body("members[0].addedAt", notNullValue());
        // An officer above replaces it: who stays keeps who added them; a renamed one keeps the account.
        String addedAt = Api.as("cb.district", Roles.UNIT_OFFICER, district).get(path(school)).then().extract().path("members[1].addedAt");
        Api.as("tld.officer", Roles.FEDERATION_OFFICER, "TLD").contentType(ContentType.JSON)
                .body(team("hotro.mai", "Vàng Thị Mai (tổ trưởng)", "hotro.binh", "Tòng Văn Bình")).put(path(school)).then().statusCode(200)
                .body("members.username", contains("hotro.binh", "hotro.mai"))
                .body("members.fullName", contains("Tòng Văn Bình", "Vàng Thị Mai (tổ trưởng)"))
                .body("members.addedBy", contains("tld.officer", "cb.district"))
                .body("members[1].addedAt", equalTo(addedAt));
        // Their own unit's team too.
        Api.as("cb.district", Roles.UNIT_OFFICER, district).contentType(ContentType.JSON).body(team("hotro.huyen", "Lò Thị Huyền"))
                .put(path(district)).then().statusCode(200).body("members.username", contains("hotro.huyen"));

        Api.as("cb.district", Roles.UNIT_OFFICER, district).delete(path(school) + "/hotro.binh").then().statusCode(204);
        Api.as("cb.district", Roles.UNIT_OFFICER, district).get(path(school)).then().statusCode(200)
                .body("members.username", contains("hotro.mai"));
        Api.as("cb.district", Roles.UNIT_OFFICER, district).delete(path(school) + "/hotro.binh").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void membersAreRefusedAndOtherSubtreesDoNotExist() {
        String district = Fixtures.createUnit("T-STM", "LĐLĐ huyện thử", "DISTRICT_FEDERATION", "TLD");
        String school = Fixtures.createUnit("T-STM", "CĐCS Trường Tiểu học", "GRASSROOTS", district);
        Api.asAdmin().contentType(ContentType.JSON).body(team("hotro.mai", "Vàng Thị Mai")).put(path(school)).then().statusCode(200);

        // A member, even on the team: 403 for every operation.
        var member = Api.as("hotro.mai", Roles.MEMBER, school);
        member.get(path(school)).then().statusCode(403);
        Api.as("hotro.mai", Roles.MEMBER, school).contentType(ContentType.JSON).body(team("hotro.mai", "Vàng Thị Mai"))
                .put(path(school)).then().statusCode(403);
        Api.as("hotro.mai", Roles.MEMBER, school).delete(path(school) + "/hotro.mai").then().statusCode(403);
        Api.as("giamkhao", Roles.EVALUATOR, "LCH").get(path(school)).then().statusCode(403);

        // An officer of another district: 404, as if the unit did not exist; nothing changed.
        Api.as("cb.sinho", Roles.UNIT_OFFICER, "LCH-SH").get(path(school)).then().statusCode(404);
        Api.as("cb.sinho", Roles.UNIT_OFFICER, "LCH-SH").contentType(ContentType.JSON).body(team("x.y", "X Y"))
                .put(path(school)).then().statusCode(404);
        Api.as("cb.sinho", Roles.UNIT_OFFICER, "LCH-SH").delete(path(school) + "/hotro.mai").then().statusCode(404);
        // A unit officer of the school does not manage the district above.
        Api.as("cb.school", Roles.UNIT_OFFICER, school).get(path(district)).then().statusCode(404);

        // An account twice, or none: 400 naming the field.
        Api.asAdmin().contentType(ContentType.JSON).body(team("hotro.mai", "Vàng Thị Mai", "hotro.mai", "Mai"))
                .put(path(school)).then().statusCode(400)
                .body("errors[0].field", equalTo("members[1].username")).body("errors[0].rule", equalTo("UniqueMember"));
        Api.asAdmin().contentType(ContentType.JSON).body(team(" ", "Vàng Thị Mai"))
                .put(path(school)).then().statusCode(400).body("errors[0].field", equalTo("members[0].username"));
        Api.asAdmin().get(path(school)).then().statusCode(200).body("members.username", contains("hotro.mai"));
    }
}
