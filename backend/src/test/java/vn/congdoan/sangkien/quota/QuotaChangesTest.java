package vn.congdoan.sangkien.quota;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Tokens;
import vn.congdoan.sangkien.security.Roles;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quotas' change feed: a mirror of the targets stays exact through allocations that rewrite and withdraw them. */
@QuarkusTest
class QuotaChangesTest {

    private static final String CHANGES = "/api/v1/programs/1TRIEU-SK/quotas/changes";

    private final Map<String, Integer> mirror = new TreeMap<>();
    private String since = "";
    private int lastItems;
    private int lastRemoved;

    private void catchUp(String root) {
        lastItems = 0;
        lastRemoved = 0;
        boolean more = true;
        while (more) {
            JsonPath page = Api.as(Tokens.of("service-account-reporting", Roles.REPORTER, null))
                    .get(CHANGES + "?size=2&root=" + root + "&since=" + since).then().statusCode(200).extract().jsonPath();
            for (Map<String, Object> removed : page.<Map<String, Object>>getList("removed")) {
                assertEquals("QUOTA", removed.get("kind"));
                mirror.remove((String) removed.get("id"));
                lastRemoved++;
            }
            for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
                mirror.put((String) item.get("id"), (Integer) item.get("target"));
                assertTrue(((String) item.get("id")).endsWith("/" + item.get("periodCode") + "/" + item.get("unitCode")));
                lastItems++;
            }
            since = page.getString("next");
            more = page.getBoolean("more");
        }
    }

    @Test
    void aMirrorOfTheTargetsFollowsAllocationsRewritesAndWithdrawals() {
        QuotaResourceTest.Province p = QuotaResourceTest.Province.create(new int[]{100, 60, 40});
        catchUp(p.code());
        assertEquals(Map.of("1TRIEU-SK/2022-2023/" + p.code(), 100, "1TRIEU-SK/GD1/" + p.code(), 60, "1TRIEU-SK/GD2/" + p.code(), 40), mirror);

        p.allocate(0, Map.of("2022-2023", 100, "GD1", 60, "GD2", 40)).statusCode(200);
        catchUp(p.code());
        assertEquals(3, lastItems, "only district A's three new targets");
        assertEquals(6, mirror.size());

        // Saving again rewrites A's rows (deleted and inserted): they come as items, never as removals.
        p.allocate(1, Map.of("2022-2023", 50, "GD1", 30, "GD2", 20), Map.of("2022-2023", 50, "GD1", 30, "GD2", 20)).statusCode(200);
        catchUp(p.code());
        assertEquals(0, lastRemoved);
        assertEquals(30, mirror.get("1TRIEU-SK/GD1/" + p.childA()));
        assertEquals(20, mirror.get("1TRIEU-SK/GD2/" + p.childB()));

        // B's targets withdrawn: removals, and the mirror equals the quota tables.
        p.allocate(2, Map.of("2022-2023", 100, "GD1", 60, "GD2", 40), Map.of()).statusCode(200);
        catchUp(p.code());
        assertEquals(3, lastRemoved);
        Map<String, Integer> expected = new TreeMap<>();
        JsonPath table = Api.asAdmin().get("/api/v1/programs/1TRIEU-SK/quotas?unit=" + p.code()).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> rows = new java.util.ArrayList<>(table.getList("children"));
        rows.add(table.getMap("parent"));
        for (Map<String, Object> row : rows) {
            @SuppressWarnings("unchecked") Map<String, Integer> targets = (Map<String, Integer>) row.get("targets");
            targets.forEach((period, target) -> expected.put("1TRIEU-SK/" + period + "/" + row.get("unitCode"), target));
        }
        assertEquals(expected, mirror);
    }

    @Test
    void anOfficerMirrorsOnlyTheirSubtree() {
        Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").get(CHANGES + "?root=LCH-PT").then().statusCode(200);
        Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").get(CHANGES + "?root=LCH-SH").then().statusCode(404);
        Api.as("member.a", Roles.MEMBER, "LCH-PT").get(CHANGES + "?root=LCH-PT").then().statusCode(403);
        Api.asAdmin().get(CHANGES + "?since=nope").then().statusCode(400);
    }
}
