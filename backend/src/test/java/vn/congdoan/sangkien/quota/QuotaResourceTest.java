package vn.congdoan.sangkien.quota;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Fixtures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static vn.congdoan.sangkien.common.Api.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

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
        TenWithEightAllocated t = TenWithEightAllocated.create();
        String root = t.root();
        String child = t.child();
        String quotas = t.quotas();
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
    void anAllocationForAnUnknownParentOrProgrammeIs404() {
        Map<String, Object> empty = Map.of("version", 0, "allocations", List.of());
        asAdmin().contentType(ContentType.JSON).body(empty).put(QUOTAS + "/KHONG-CO/allocation")
                .then().statusCode(404).contentType("application/problem+json").body("detailEn", containsString("KHONG-CO"));
        asAdmin().contentType(ContentType.JSON).body(empty).put("/api/v1/programs/KHONG-CO/quotas/LCH/allocation")
                .then().statusCode(404).contentType("application/problem+json").body("detailEn", containsString("KHONG-CO"));
    }

    @Test
    void ownTargetsAreOnlyForTheTopOfTheProgramme() {
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", 0, "targets", Map.of("GD1", 5)))
                .put(QUOTAS + "/LCH-PT").then().statusCode(409).body("detail", containsString("LCH"));
        asAdmin().get(QUOTAS + "?unit=KHONG-CO").then().statusCode(404);
    }

    @Test
    void refusesLoweringTheTopTargetsBelowWhatIsAllocated() {
        Province p = Province.create(new int[]{100, 60, 40});
        p.allocate(0, Map.of("2022-2023", 70, "GD1", 40, "GD2", 30), Map.of("2022-2023", 30, "GD1", 20, "GD2", 10)).statusCode(200);
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", 1, "targets", Map.of("2022-2023", 90, "GD1", 50, "GD2", 40)))
                .put(QUOTAS + "/" + p.code).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:sangkien:problem:rule-violated"))
                .body("detail", containsString("MUST_EQUAL"))
                .body("errors.find { it.field == 'targets.GD1' }.rule", equalTo("AllocatedBelowEquals"))
                .body("errors.find { it.field == 'targets.2022-2023' }.messageEn", containsString("100"))
                .body("errors.field", not(hasItem("targets.GD2")));
        asAdmin().get(QUOTAS + "?unit=" + p.code).then().body("parent.targets.GD1", equalTo(60)).body("version", equalTo(1));
    }

    @Test
    void refusesGivingAChildLessThanItsOwnChildrenHold() {
        Province p = Province.create(new int[]{100, 60, 40});
        p.allocate(0, Map.of("2022-2023", 70, "GD1", 40, "GD2", 30), Map.of("2022-2023", 30, "GD1", 20, "GD2", 10)).statusCode(200);
        String grassroots = Fixtures.createUnit("T-QP", "CĐCS A1", "GRASSROOTS", p.childA);
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", 0, "allocations", List.of(
                        Map.of("unitCode", grassroots, "targets", Map.of("2022-2023", 70, "GD1", 40, "GD2", 30)))))
                .put(QUOTAS + "/" + p.childA + "/allocation").then().statusCode(200);
        // The province moves 5 from A to B: A's own allocation (to A1) would no longer add up.
        p.allocate(1, Map.of("2022-2023", 65, "GD1", 35, "GD2", 30), Map.of("2022-2023", 35, "GD1", 25, "GD2", 10))
                .statusCode(409)
                .body("title", equalTo("Phân bổ của cấp dưới sẽ không còn khớp"))
                .body("errors.find { it.field == 'allocations[0].targets.GD1' }.rule", equalTo("AllocatedBelowEquals"))
                .body("errors.find { it.field == 'allocations[0].targets.GD1' }.message", containsString(p.childA));
        // Leaving A out altogether would withdraw what A1 holds.
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", 1, "allocations", List.of(
                        Map.of("unitCode", p.childB, "targets", Map.of("2022-2023", 100, "GD1", 60, "GD2", 40)))))
                .put(QUOTAS + "/" + p.code + "/allocation").then().statusCode(409)
                .body("errors.find { it.field == 'allocations.GD1' }.rule", equalTo("AllocatedBelowMissing"));
        asAdmin().get(QUOTAS + "?unit=" + p.code).then().body("version", equalTo(1))
                .body("children.find { it.unitCode == '" + p.childA + "' }.targets.GD1", equalTo(40));
    }

    @Test
    void aTargetChangesTogetherWithItsChildrensAllocationsInOneRequest() {
        Province p = Province.create(new int[]{100, 60, 40});
        p.allocate(0, Map.of("2022-2023", 70, "GD1", 40, "GD2", 30), Map.of("2022-2023", 30, "GD1", 20, "GD2", 10)).statusCode(200);
        String a1 = Fixtures.createUnit("T-QP", "CĐCS A1", "GRASSROOTS", p.childA);
        String a1x = Fixtures.createUnit("T-QP", "Tổ công đoàn A1x", "GRASSROOTS", a1);
        allocation(p.childA, 0, List.of(row(a1, 70, 40, 30)), List.of()).statusCode(200);
        allocation(a1, 0, List.of(row(a1x, 70, 40, 30)), List.of()).statusCode(200);

        // The province moves 5 of phase 1 from A to B: A's and A1's own allocations change with it, two levels down.
        // A sheet first written by an allocation is at version 0 (the province's was made by its own targets).
        var aBelow = Map.of("version", 0, "allocations", List.of(row(a1, 65, 35, 30)),
                "below", List.of(Map.of("unitCode", a1, "allocation", Map.of("version", 0, "allocations", List.of(row(a1x, 65, 35, 30))))));
        allocation(p.code, 1, List.of(row(p.childA, 65, 35, 30), row(p.childB, 35, 25, 10)),
                List.of(Map.of("unitCode", p.childA, "allocation", aBelow)))
                .statusCode(200).body("version", equalTo(2))
                .body("children.find { it.unitCode == '" + p.childA + "' }.targets.GD1", equalTo(35));
        asAdmin().get(QUOTAS + "?unit=" + p.childA).then().body("version", equalTo(1)).body("childrenTotals.GD1", equalTo(35));
        asAdmin().get(QUOTAS + "?unit=" + a1).then().body("version", equalTo(1)).body("childrenTotals.GD1", equalTo(35));
    }

    @Test
    void aMultiLevelChangeThatBreaksALowerLevelChangesNothing() {
        Province p = Province.create(new int[]{100, 60, 40});
        p.allocate(0, Map.of("2022-2023", 70, "GD1", 40, "GD2", 30), Map.of("2022-2023", 30, "GD1", 20, "GD2", 10)).statusCode(200);
        String a1 = Fixtures.createUnit("T-QP", "CĐCS A1", "GRASSROOTS", p.childA);
        String a2 = Fixtures.createUnit("T-QP", "CĐCS A2", "GRASSROOTS", p.childA);
        allocation(p.childA, 0, List.of(row(a1, 40, 20, 20), row(a2, 30, 20, 10)), List.of()).statusCode(200);

        // A's grassroots unions would hold 36 of phase 1 while A gets 35: refused, naming the field inside "below".
        allocation(p.code, 1, List.of(row(p.childA, 65, 35, 30), row(p.childB, 35, 25, 10)),
                List.of(Map.of("unitCode", p.childA, "allocation", Map.of("version", 0,
                        "allocations", List.of(row(a1, 36, 16, 20), row(a2, 30, 20, 10))))))
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:sangkien:problem:rule-violated"))
                .body("errors.find { it.field == 'below[0].allocation.targets.GD1' }.rule", equalTo("AllocationEquals"))
                .body("detail", containsString("Huyện A"));
        // One transaction: the province's allocation did not change either.
        asAdmin().get(QUOTAS + "?unit=" + p.code).then().body("version", equalTo(1))
                .body("children.find { it.unitCode == '" + p.childA + "' }.targets.GD1", equalTo(40));
        asAdmin().get(QUOTAS + "?unit=" + p.childA).then().body("version", equalTo(0)).body("childrenTotals.GD1", equalTo(40));
        // "below" names only direct children, each once.
        allocation(p.code, 1, List.of(row(p.childA, 70, 40, 30), row(p.childB, 30, 20, 10)),
                List.of(Map.of("unitCode", a1, "allocation", Map.of("version", 0, "allocations", List.of()))))
                .statusCode(400).body("errors[0].field", equalTo("below[0].unitCode")).body("errors[0].rule", equalTo("DirectChild"));
    }

    @Test
    void theTopTargetsChangeTogetherWithTheAllocationBelowThem() {
        Province p = Province.create(new int[]{100, 60, 40});
        p.allocate(0, Map.of("2022-2023", 70, "GD1", 40, "GD2", 30), Map.of("2022-2023", 30, "GD1", 20, "GD2", 10)).statusCode(200);
        var raised = Map.of("version", 1, "targets", Map.of("2022-2023", 110, "GD1", 65, "GD2", 45),
                "allocations", List.of(row(p.childA, 75, 45, 30), row(p.childB, 35, 20, 15)));
        asAdmin().contentType(ContentType.JSON).body(raised).put(QUOTAS + "/" + p.code).then().statusCode(200)
                .body("parent.targets.GD1", equalTo(65)).body("childrenTotals.GD1", equalTo(65)).body("version", equalTo(2));
        // Without the allocation the same raise is refused: the children would no longer add up.
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", 2, "targets", Map.of("2022-2023", 120, "GD1", 70, "GD2", 50)))
                .put(QUOTAS + "/" + p.code).then().statusCode(409).body("errors[0].rule", equalTo("AllocatedBelowEquals"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", 2, "targets", Map.of("2022-2023", 110, "GD1", 65, "GD2", 45),
                        "below", List.of()))
                .put(QUOTAS + "/" + p.code).then().statusCode(400).body("errors[0].field", equalTo("below"))
                .body("errors[0].rule", equalTo("OnlyWithAllocations"));
    }

    private static Map<String, Object> row(String unitCode, int total, int phase1, int phase2) {
        return Map.of("unitCode", unitCode, "targets", Map.of("2022-2023", total, "GD1", phase1, "GD2", phase2));
    }

    private static ValidatableResponse allocation(String parent, long version, List<Map<String, Object>> rows, List<Map<String, Object>> below) {
        return asAdmin().contentType(ContentType.JSON).body(Map.of("version", version, "allocations", rows, "below", below))
                .put(QUOTAS + "/" + parent + "/allocation").then();
    }

    @Test
    void mustNotExceedKeepsTargetsAtOrAboveWhatIsAllocatedBelow() {
        TenWithEightAllocated t = TenWithEightAllocated.create();
        String root = t.root();
        String child = t.child();
        String quotas = t.quotas();
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", 1, "targets", Map.of("Y", 7))).put(quotas + root)
                .then().statusCode(409).body("errors[0].field", equalTo("targets.Y"))
                .body("errors[0].rule", equalTo("AllocatedBelowNotExceeding"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", 1, "targets", Map.of("Y", 12))).put(quotas + root)
                .then().statusCode(200).body("parent.targets.Y", equalTo(12));
        // Under MUST_NOT_EXCEED an empty allocation is allowed: nothing allocated never exceeds.
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", 2, "allocations", List.of()))
                .put(quotas + root + "/allocation").then().statusCode(200).body("childrenTotals", equalTo(Map.of()));
    }

    @Test
    void anEmptyAllocationUnderMustEqualNeedsATargetOfZero() {
        Province p = Province.create(new int[]{100, 60, 40});
        p.allocate(0).statusCode(409)
                .body("errors.find { it.field == 'targets.GD1' }.rule", equalTo("AllocationEquals"));
        Province nothing = Province.create(new int[]{0, 0, 0});
        nothing.allocate(0).statusCode(200).body("version", equalTo(1));
    }

    @Test
    void twoAllocationsOfOneParentAtOnceGiveOne200AndOne409() throws Exception {
        Province p = Province.create(new int[]{100, 60, 40});
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<Integer> officer = () -> {
            var request = asAdmin().contentType(ContentType.JSON).body(Map.of("version", 0, "allocations", List.of(
                    Map.of("unitCode", p.childA, "targets", Map.of("2022-2023", 70, "GD1", 40, "GD2", 30)),
                    Map.of("unitCode", p.childB, "targets", Map.of("2022-2023", 30, "GD1", 20, "GD2", 10)))));
            start.await(10, TimeUnit.SECONDS);
            var response = request.put(QUOTAS + "/" + p.code + "/allocation").then().extract();
            if (response.statusCode() == 409) {
                // The loser waited for the winner and then saw its version: "reload", not a collision on the rows.
                org.junit.jupiter.api.Assertions.assertEquals("application/problem+json", response.contentType());
                org.junit.jupiter.api.Assertions.assertEquals("urn:sangkien:problem:stale-version", response.path("type"));
            }
            return response.statusCode();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(List.of(officer, officer), 60, TimeUnit.SECONDS)) {
                statuses.add(f.get());
            }
            Collections.sort(statuses);
            org.junit.jupiter.api.Assertions.assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        asAdmin().get(QUOTAS + "?unit=" + p.code).then().body("version", equalTo(1)).body("childrenTotals.GD1", equalTo(60));
    }

    /** A MUST_NOT_EXCEED programme with one year: a province targets 10 and gives 8 to its district. */
    record TenWithEightAllocated(String root, String child, String quotas) {
        static TenWithEightAllocated create() {
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
            return new TenWithEightAllocated(root, child, quotas);
        }
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

        /** Allocates to the districts: A's targets, then B's (none: an empty allocation). */
        @SafeVarargs
        final ValidatableResponse allocate(long version, Map<String, Integer>... targets) {
            List<String> districts = List.of(childA, childB);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < targets.length; i++) {
                rows.add(Map.of("unitCode", districts.get(i), "targets", targets[i]));
            }
            return asAdmin().contentType(ContentType.JSON).body(Map.of("version", version, "allocations", rows))
                    .put(QUOTAS + "/" + code + "/allocation").then();
        }
    }
}
