package vn.congdoan.sangkien.progress;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.initiative.InitiativeRepository;
import vn.congdoan.sangkien.initiative.InitiativeStatus;

import java.util.List;
import java.util.Map;

import static vn.congdoan.sangkien.common.Api.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ProgressResourceTest {

    private static final String PROGRAM = "/api/v1/programs/1TRIEU-SK";

    @Inject
    InitiativeRepository initiatives;

    @Test
    void seedProvinceShowsEveryUnitsTargetForEachPeriod() {
        JsonPath report = asAdmin().get(PROGRAM + "/progress?period=GD1&root=LCH&depth=1").then().statusCode(200)
                .body("period.code", equalTo("GD1"))
                .body("rows[0].unitCode", equalTo("LCH"))
                .body("rows[0].target", equalTo(1200))
                .body("rows[0].level", equalTo(0))
                .extract().jsonPath();
        assertEquals(12, report.getList("rows").size());
        assertEquals(135, report.getInt("rows.find { it.unitCode == 'LCH-PT' }.target"));
        asAdmin().get(PROGRAM + "/progress").then().statusCode(200)
                .body("period.code", equalTo("2022-2023")).body("rootCode", equalTo("LCH")).body("rows[0].target", equalTo(2300));
    }

    @Test
    void countsValidInitiativesForTheUnitAndEveryAncestorInThePeriodOfTheirFirstUse() {
        // Three levels below a throw-away province: province > district > grassroots.
        String province = Fixtures.createUnit("T-PRO", "Tỉnh tiến độ", "PROVINCIAL_FEDERATION", "TLD");
        String district = Fixtures.createUnit("T-PRO", "Huyện tiến độ", "DISTRICT_FEDERATION", province);
        String otherDistrict = Fixtures.createUnit("T-PRO", "Huyện khác", "DISTRICT_FEDERATION", province);
        String grassroots = Fixtures.createUnit("T-PRO", "CĐCS tiến độ", "GRASSROOTS", district);
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", 0, "targets", Map.of("2022-2023", 4, "GD1", 2, "GD2", 2)))
                .put(PROGRAM + "/quotas/" + province).then().statusCode(200);
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", 0, "allocations", List.of(
                        Map.of("unitCode", district, "targets", Map.of("2022-2023", 3, "GD1", 1, "GD2", 2)),
                        Map.of("unitCode", otherDistrict, "targets", Map.of("2022-2023", 1, "GD1", 1, "GD2", 0)))))
                .put(PROGRAM + "/quotas/" + province + "/allocation").then().statusCode(200);

        long lastDayOfPhase1 = Fixtures.createInitiative(grassroots, "Ngày cuối giai đoạn 1", "2022-05-31");
        long firstDayOfPhase2 = Fixtures.createInitiative(grassroots, "Ngày đầu giai đoạn 2", "2022-06-01");
        long atDistrict = Fixtures.createInitiative(district, "Báo cáo tại huyện", "2022-01-10");
        long underReview = Fixtures.createInitiative(grassroots, "Đang xét", "2022-02-01");
        Fixtures.createInitiative(grassroots, "Còn nháp", "2022-02-01");
        setStatus(InitiativeStatus.VALID, lastDayOfPhase1, firstDayOfPhase2, atDistrict);
        setStatus(InitiativeStatus.UNDER_REVIEW, underReview);

        JsonPath phase1 = asAdmin().get(PROGRAM + "/progress?period=GD1&root=" + province + "&depth=2")
                .then().statusCode(200)
                .body("rows.unitCode", contains(province, otherDistrict, district, grassroots))
                .extract().jsonPath();
        Map<String, Object> provinceRow = row(phase1, province);
        assertEquals(2, provinceRow.get("valid"));        // 31/5/2022 at the grassroots + the district's own
        assertEquals(1, provinceRow.get("underReview"));
        assertEquals(1, provinceRow.get("pipeline"));     // drafts are not in the pipeline
        assertEquals(100.0f, provinceRow.get("percent"));
        assertTrue((Boolean) provinceRow.get("reached"));
        Map<String, Object> districtRow = row(phase1, district);
        assertEquals(2, districtRow.get("valid"));
        assertEquals(200.0f, districtRow.get("percent"));  // exceeded: 2 of 1
        assertEquals(1, row(phase1, grassroots).get("valid"));
        assertEquals(2, row(phase1, grassroots).get("level"));
        assertEquals(0, row(phase1, otherDistrict).get("valid"));
        assertFalse((Boolean) row(phase1, otherDistrict).get("reached"));

        JsonPath phase2 = asAdmin().get(PROGRAM + "/progress?period=GD2&root=" + province + "&depth=2").then().extract().jsonPath();
        assertEquals(1, row(phase2, province).get("valid"));  // 01/6/2022 counts in phase 2, not phase 1
        assertEquals(50.0f, row(phase2, province).get("percent"));
        assertEquals(1, row(phase2, province).get("remaining"));

        asAdmin().get(PROGRAM + "/progress?period=2022-2023&root=" + district + "&depth=0").then()
                .body("rows", org.hamcrest.Matchers.hasSize(1)).body("rows[0].valid", equalTo(3));
        // A unit without a target shows its counts but no percent.
        asAdmin().get(PROGRAM + "/progress?period=GD1&root=" + grassroots + "&depth=0").then()
                .body("rows[0].target", nullValue()).body("rows[0].percent", nullValue()).body("rows[0].valid", equalTo(1));
    }

    @Test
    void unknownProgrammePeriodOrRootAre404AndDepthIsBounded() {
        asAdmin().get("/api/v1/programs/KHONG-CO/progress").then().statusCode(404);
        asAdmin().get(PROGRAM + "/progress?period=GD9").then().statusCode(404);
        asAdmin().get(PROGRAM + "/progress?root=KHONG-CO").then().statusCode(404);
        asAdmin().get(PROGRAM + "/progress?depth=99").then().statusCode(400).body("errors[0].field", equalTo("depth"));
    }

    private void setStatus(InitiativeStatus status, long... ids) {
        // The lifecycle transitions arrive with the dossier issue; until then tests move the status directly.
        QuarkusTransaction.requiringNew().run(() -> {
            for (long id : ids) {
                initiatives.update("status = ?1 where id = ?2", status, id);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(JsonPath report, String unitCode) {
        return (Map<String, Object>) report.getList("rows", Map.class).stream()
                .filter(r -> unitCode.equals(r.get("unitCode"))).findFirst().orElseThrow();
    }
}
