package vn.congdoan.sangkien.quota;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Fixtures;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static vn.congdoan.sangkien.common.Api.asAdmin;

/** Who may allocate which quotas: a district officer its own district's, down its subtree; nothing above or beside it. */
@QuarkusTest
class QuotaScopeTest {

    private static final String TABLE = "/api/v1/programs/1TRIEU-SK/quotas";
    private static final String QUOTAS = TABLE + "/";
    private static final Map<String, Integer> PHASE_ONE_135 = Map.of("2022-2023", 200, "GD1", 135, "GD2", 65);

    @Test
    void aDistrictOfficerAllocatesDownTheirSubtreeAndNowhereElse() {
        String province = Fixtures.createUnit("T-QS", "Tỉnh thử", "PROVINCIAL_FEDERATION", "TLD");
        String district = Fixtures.createUnit("T-QS", "Huyện thử", "DISTRICT_FEDERATION", province);
        String otherDistrict = Fixtures.createUnit("T-QS", "Huyện bên", "DISTRICT_FEDERATION", province);
        String school = Fixtures.createUnit("T-QS", "CĐCS Trường Bản Lang", "GRASSROOTS", district);
        String plant = Fixtures.createUnit("T-QS", "CĐCS Thủy điện Nậm Na", "GRASSROOTS", district);
        String team = Fixtures.createUnit("T-QS", "Tổ công đoàn Nậm Na 1", "GRASSROOTS", plant);
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", 0, "targets", Map.of("2022-2023", 300, "GD1", 200, "GD2", 100)))
                .put(QUOTAS + province).then().statusCode(200);
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", 0, "allocations", List.of(
                        Map.of("unitCode", district, "targets", PHASE_ONE_135),
                        Map.of("unitCode", otherDistrict, "targets", Map.of("2022-2023", 100, "GD1", 65, "GD2", 35)))))
                .put(QUOTAS + province + "/allocation").then().statusCode(200);

        // Their own district's targets, between its two grassroots unions, and one level further down.
        officerOf(district).body(Map.of("version", 0, "allocations", List.of(
                        Map.of("unitCode", school, "targets", Map.of("2022-2023", 80, "GD1", 55, "GD2", 25)),
                        Map.of("unitCode", plant, "targets", Map.of("2022-2023", 120, "GD1", 80, "GD2", 40)))))
                .put(QUOTAS + district + "/allocation").then().statusCode(200)
                .body("children.find { it.unitCode == '" + school + "' }.targets.GD1", equalTo(55));
        officerOf(district).body(Map.of("version", 0, "allocations", List.of(
                        Map.of("unitCode", team, "targets", Map.of("2022-2023", 120, "GD1", 80, "GD2", 40)))))
                .put(QUOTAS + plant + "/allocation").then().statusCode(200);
        officerOf(district).get(TABLE + "?unit=" + district).then().statusCode(200)
                .body("childrenTotals.GD1", equalTo(135));

        // The province above them and the district beside them: not theirs to read or change (404, as if absent).
        officerOf(district).body(Map.of("version", 1, "allocations", List.of(
                        Map.of("unitCode", district, "targets", Map.of("2022-2023", 300, "GD1", 200, "GD2", 100)))))
                .put(QUOTAS + province + "/allocation").then().statusCode(404).contentType("application/problem+json");
        officerOf(district).body(Map.of("version", 0, "allocations", List.of()))
                .put(QUOTAS + otherDistrict + "/allocation").then().statusCode(404);
        officerOf(district).get(TABLE + "?unit=" + otherDistrict).then().statusCode(404);
        // Their own targets come from the province: setting them is not a district officer's operation.
        officerOf(district).body(Map.of("version", 0, "targets", PHASE_ONE_135)).put(QUOTAS + district).then().statusCode(403);
        // A member may not allocate at all.
        Api.as("dv.huyenthu", "member", school).contentType(ContentType.JSON)
                .body(Map.of("version", 1, "allocations", List.of()))
                .put(QUOTAS + district + "/allocation").then().statusCode(403);

        asAdmin().get(TABLE + "?unit=" + province).then().body("version", equalTo(1))
                .body("children.find { it.unitCode == '" + district + "' }.targets.GD1", equalTo(135));
    }

    private static RequestSpecification officerOf(String unitCode) {
        return Api.as("cb.huyenthu", "unit_officer", unitCode).contentType(ContentType.JSON);
    }
}
