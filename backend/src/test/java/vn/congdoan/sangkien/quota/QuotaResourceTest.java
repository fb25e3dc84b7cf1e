package vn.congdoan.sangkien.quota;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Fixtures;

import java.util.List;
import java.util.Map;

import static vn.congdoan.sangkien.common.Api.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class QuotaResourceTest {

    private static final String QUOTAS = "/api/v1/programs/1TRIEU-SK/quotas";

    @Test
    void seedTableIsLaiChausTableRowForRow() {
        var table = asAdmin().get(QUOTAS).then().statusCode(200)
                .body("parent.unitCode", equalTo("LCH"))
                .body("parent.targets.'2022-2023'", equalTo(2300))
                .body("parent.targets.GD1", equalTo(1200))
                .body("parent.targets.GD2", equalTo(1100))
                .body("childrenTotals.'2022-2023'", equalTo(2300))
                .body("childrenTotals.GD1", equalTo(1200))
                .body("childrenTotals.GD2", equalTo(1100))
                .body("children", hasSize(11))
                .extract().jsonPath();
        Map<String, int[]> seed = Map.ofEntries(
                Map.entry("LĐLĐ huyện Phong Thổ", new int[]{265, 135, 130}),
                Map.entry("LĐLĐ huyện Sìn Hồ", new int[]{250, 130, 120}),
                Map.entry("LĐLĐ huyện Than Uyên", new int[]{240, 115, 125}),
                Map.entry("LĐLĐ Thành phố", new int[]{200, 130, 70}),
                Map.entry("LĐLĐ huyện Tam Đường", new int[]{180, 95, 85}),
                Map.entry("LĐLĐ huyện Tân Uyên", new int[]{180, 95, 85}),
                Map.entry("LĐLĐ huyện Mường Tè", new int[]{180, 95, 85}),
                Map.entry("LĐLĐ huyện Nậm Nhùn", new int[]{130, 65, 65}),
                Map.entry("Công đoàn Viên chức", new int[]{280, 140, 140}),
                Map.entry("Công đoàn ngành Y tế", new int[]{280, 140, 140}),
                Map.entry("Công đoàn ngành Giáo dục", new int[]{115, 60, 55}));
        seed.forEach((name, targets) -> {
            String row = "children.find { it.unitName == '" + name + "' }.targets";
            org.junit.jupiter.api.Assertions.assertEquals(targets[0], table.getInt(row + ".'2022-2023'"), name);
            org.junit.jupiter.api.Assertions.assertEquals(targets[1], table.getInt(row + ".GD1"), name);
            org.junit.jupiter.api.Assertions.assertEquals(targets[2], table.getInt(row + ".GD2"), name);
        });
    }

    @Test
    void refusesAnAllocationThatDoesNotAddUpToTheParent() {
        var table = asAdmin().get(QUOTAS).then().extract().jsonPath();
        List<Map<String, Object>> rows = table.getList("children");
        var allocations = rows.stream().map(r -> Map.of("unitCode", r.get("unitCode"), "targets", r.get("targets"))).toList();
        // Take 50 from Phong Thổ in phase 1 (and in the total, so the row itself still adds up).
        var changed = allocations.stream().map(a -> a.get("unitCode").equals("LCH-PT")
                ? Map.of("unitCode", "LCH-PT", "targets", Map.of("2022-2023", 215, "GD1", 85, "GD2", 130)) : a).toList();
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", table.getLong("version"), "allocations", changed))
                .put(QUOTAS + "/LCH/allocation")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:sangkien:problem:rule-violated"))
                .body("errors.field", hasItem("targets.GD1"))
                .body("errors.find { it.field == 'targets.GD1' }.rule", equalTo("AllocationEquals"))
                .body("errors.find { it.field == 'targets.GD1' }.message", containsString("1.200"))
                .body("errors.find { it.field == 'targets.GD1' }.message", containsString("1.150"));
        // Nothing changed.
        asAdmin().get(QUOTAS).then().body("childrenTotals.GD1", equalTo(1200)).body("version", equalTo(table.getInt("version")));
    }

    @Test
    void refusesARowWhoseYearsDoNotAddUpToItsPhaseTotal() {
        Province p = Province.create(new int[]{100, 60, 40});
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("version", 0, "allocations", List.of(
                        Map.of("unitCode", p.childA, "targets", Map.of("2022-2023", 50, "GD1", 30, "GD2", 25)),
                        Map.of("unitCode", p.childB, "targets", Map.of("2022-2023", 50, "GD1", 30, "GD2", 15)))))
                .put(QUOTAS + "/" + p.code + "/allocation")
                .then().statusCode(409)
                .body("errors[0].field", equalTo("allocations[0].targets.2022-2023"))
                .body("errors[0].rule", equalTo("PeriodSum"));
    }

    @Test
    void allocatesToChildrenAndGuardsTheSheetVersion() {
        Province p = Province.create(new int[]{100, 60, 40});
        var allocation = Map.of("version", 0, "allocations", List.of(
                Map.of("unitCode", p.childA, "targets", Map.of("2022-2023", 70, "GD1", 40, "GD2", 30)),
                Map.of("unitCode", p.childB, "targets", Map.of("2022-2023", 30, "GD1", 20, "GD2", 10))));
        asAdmin().contentType(ContentType.JSON).body(allocation).put(QUOTAS + "/" + p.code + "/allocation")
                .then().statusCode(200)
                .body("childrenTotals.GD1", equalTo(60)).body("childrenTotals.GD2", equalTo(40))
                .body("version", equalTo(1));
        // A second officer working from the same read is refused instead of overwriting.
        asAdmin().contentType(ContentType.JSON).body(allocation).put(QUOTAS + "/" + p.code + "/allocation")
                .then().statusCode(409).body("type", equalTo("urn:sangkien:problem:stale-version"));
    }

    @Test
    void mustNotExceedRuleAllowsLeavingPartUnallocated() {
        String program = Fixtures.uniqueCode("T-PRG");
        asAdmin().contentType(ContentType.JSON).body(Map.of("code", program, "name", "Thử", "quotaRule", "MUST_NOT_EXCEED"))
                .post("/api/v1/programs").then().statusCode(201);
        asAdmin().contentType(ContentType.JSON).body(Map.of("code", "Y", "name", "Năm", "kind", "YEAR", "startsOn", "2024-01-01", "endsOn", "2024-12-31"))
                .post("/api/v1/programs/" + program + "/periods").then().statusCode(201);
        String root = Fixtures.createUnit("T-NX", "Tỉnh thử", "PROVINCIAL_FEDERATION", "TLD");
        String child = Fixtures.createUnit("T-NX", "Huyện thử", "DISTRICT_FEDERATION", root);
        String quotas = "/api/v1/programs/" + program + "/quotas/";
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", 0, "targets", Map.of("Y", 10)))
                .put(quotas + root).then().statusCode(200);
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", 0, "allocations", List.of(Map.of("unitCode", child, "targets", Map.of("Y", 8)))))
                .put(quotas + root + "/allocation").then().statusCode(200);
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", 1, "allocations", List.of(Map.of("unitCode", child, "targets", Map.of("Y", 11)))))
                .put(quotas + root + "/allocation").then().statusCode(409)
                .body("errors[0].rule", equalTo("AllocationNotExceeding"));
    }

    @Test
    void refusesUnitsThatAreNotDirectChildrenAndUnknownPeriods() {
        Province p = Province.create(new int[]{100, 60, 40});
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("version", 0, "allocations", List.of(
                        Map.of("unitCode", "LCH-PT", "targets", Map.of("GD1", 60)),
                        Map.of("unitCode", p.childA, "targets", Map.of("GD9", 1, "GD1", -1)))))
                .put(QUOTAS + "/" + p.code + "/allocation")
                .then().statusCode(400)
                .body("errors.field", hasItem("allocations[0].unitCode"))
                .body("errors.field", hasItem("allocations[1].targets.GD9"))
                .body("errors.field", hasItem("allocations[1].targets.GD1"));
    }

    @Test
    void ownTargetsAreOnlyForTheTopOfTheProgramme() {
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", 0, "targets", Map.of("GD1", 5)))
                .put(QUOTAS + "/LCH-PT").then().statusCode(409).body("detail", containsString("LCH"));
        asAdmin().get(QUOTAS + "?unit=KHONG-CO").then().statusCode(404);
    }

    /** A throw-away province with two districts and its own targets, outside Lai Châu. */
    record Province(String code, String childA, String childB) {
        static Province create(int[] targets) {
            String code = Fixtures.createUnit("T-QP", "Tỉnh thử", "PROVINCIAL_FEDERATION", "TLD");
            String a = Fixtures.createUnit("T-QP", "Huyện A", "DISTRICT_FEDERATION", code);
            String b = Fixtures.createUnit("T-QP", "Huyện B", "DISTRICT_FEDERATION", code);
            asAdmin().contentType(ContentType.JSON)
                    .body(Map.of("version", 0, "targets", Map.of("2022-2023", targets[0], "GD1", targets[1], "GD2", targets[2])))
                    .put(QUOTAS + "/" + code).then().statusCode(200);
            return new Province(code, a, b);
        }
    }
}
