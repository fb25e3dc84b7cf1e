package vn.congdoan.sangkien.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Fixtures;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** What each caller sees of the tree: enforced in the backend on every read, not only in the UI. */
@QuarkusTest
class UnitScopeTest {

    @Test
    void aDistrictOfficerSeesOnlyTheirSubtree() {
        var officer = Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT");
        officer.get("/api/v1/units?size=200").then().statusCode(200)
                .body("items.code", hasItem("LCH-PT"))
                .body("items.code", not(hasItem("LCH-SH")))
                .body("items.code", not(hasItem("LCH")));
        Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").get("/api/v1/units/LCH").then().statusCode(404);
        // Naming another district's subtree (or the province above) in a list is probing it: 404, nothing listed.
        Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").get("/api/v1/initiatives?unit=LCH-SH").then().statusCode(404)
                .contentType("application/problem+json");
        Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").get("/api/v1/initiatives?unit=LCH").then().statusCode(404);
        // Their default quota table and progress start at their own unit, not the province.
        Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").get("/api/v1/programs/1TRIEU-SK/quotas").then().statusCode(200)
                .body("parent.unitCode", equalTo("LCH-PT")).body("parent.targets.GD1", equalTo(135));
        Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").get("/api/v1/programs/1TRIEU-SK/progress").then().statusCode(200)
                .body("rootCode", equalTo("LCH-PT"));
    }

    @Test
    void theFederationOfficerSeesTheProvinceAndTheReporterTheNation() {
        Api.as("ldld.laichau", Roles.FEDERATION_OFFICER, "LCH").get("/api/v1/programs/1TRIEU-SK/progress").then().statusCode(200)
                .body("rootCode", equalTo("LCH")).body("rows[0].target", equalTo(2300));
        Api.as("ldld.laichau", Roles.FEDERATION_OFFICER, "LCH").get("/api/v1/units/TLD").then().statusCode(404);
        Api.as("service-account-reporting", Roles.REPORTER, null).get("/api/v1/units/TLD").then().statusCode(200);
        Api.as("service-account-reporting", Roles.REPORTER, null).get("/api/v1/initiatives").then().statusCode(403);
    }

    @Test
    void aMemberSeesOnlyTheirOwnInitiatives() {
        String unit = Fixtures.createUnit("T-MEM", "CĐCS Trường Mầm non", "GRASSROOTS", "LCH-PT");
        var hoa = Api.as("doanvien.hoa", Roles.MEMBER, unit);
        long own = hoa.contentType(ContentType.JSON).body(Fixtures.ownInitiativeJson("doanvien.hoa", unit, "Góc đọc sách cho trẻ", "2022-04-04"))
                .post("/api/v1/initiatives").then().statusCode(201).body("createdBy", equalTo("doanvien.hoa"))
                .extract().jsonPath().getLong("id");
        long colleagues = Api.as("doanvien.lan", Roles.MEMBER, unit).contentType(ContentType.JSON)
                .body(Fixtures.ownInitiativeJson("doanvien.lan", unit, "Sổ tay dinh dưỡng", "2022-04-04"))
                .post("/api/v1/initiatives").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as("doanvien.hoa", Roles.MEMBER, unit).get("/api/v1/initiatives?unit=" + unit).then().statusCode(200)
                .body("items.id", contains((int) own));
        Api.as("doanvien.hoa", Roles.MEMBER, unit).get("/api/v1/initiatives/" + colleagues).then().statusCode(404);
        // The support team of the unit above sees both.
        Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").get("/api/v1/initiatives?unit=" + unit).then()
                .body("totalItems", equalTo(2));
        Api.as("cb.sinho", Roles.UNIT_OFFICER, "LCH-SH").get("/api/v1/initiatives/" + own).then().statusCode(404);
        Api.as("cb.sinho", Roles.UNIT_OFFICER, "LCH-SH").get("/api/v1/initiatives?size=200").then()
                .body("items.unitCode", everyItem(startsWith("LCH-SH")));
    }

    @Test
    void meTellsTheSpaWhoIsSignedInAndWhatTheyMayDo() {
        Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("cb.phongtho"))
                .body("roles", contains("unit_officer"))
                .body("unit.code", equalTo("LCH-PT"))
                .body("unit.name", equalTo("LĐLĐ huyện Phong Thổ"))
                .body("nationalScope", equalTo(false))
                .body("permissions.manageQuotas", equalTo(true))
                .body("permissions.manageUnits", equalTo(true))
                .body("permissions.reviewInitiatives", equalTo(false));
        Api.as("dv.member", Roles.MEMBER, "LCH-PT").get("/api/v1/me").then().statusCode(200)
                .body("permissions.manageUnits", equalTo(false)).body("permissions.createInitiatives", equalTo(true));
        Api.as("service-account-reporting", Roles.REPORTER, null).get("/api/v1/me").then().statusCode(200)
                .body("nationalScope", equalTo(true)).body("permissions.createInitiatives", equalTo(false));
    }
}
