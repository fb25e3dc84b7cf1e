package vn.congdoan.sangkien.unit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.common.Tokens;
import vn.congdoan.sangkien.security.Roles;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The unit tree's change feed: renames, moves and closings reach a mirror; nothing else is sent again. */
@QuarkusTest
class UnitChangesTest {

    private static JsonPath changes(String within, String since) {
        return Api.as(Tokens.of("service-account-reporting", Roles.REPORTER, null))
                .get("/api/v1/units/changes?size=1&within=" + within + "&since=" + since).then().statusCode(200).extract().jsonPath();
    }

    /** Every item until caught up, and the token to continue from. */
    private static Map.Entry<List<Map<String, Object>>, String> pull(String within, String since) {
        List<Map<String, Object>> items = new java.util.ArrayList<>();
        JsonPath page;
        do {
            page = changes(within, since);
            items.addAll(page.getList("items"));
            since = page.getString("next");
        } while (page.getBoolean("more"));
        return Map.entry(items, since);
    }

    @Test
    void renamesMovesAndClosingsReachTheMirrorAndNothingElse() {
        String province = Fixtures.createUnit("T-UCH", "Tỉnh đồng bộ", "PROVINCIAL_FEDERATION", "TLD");
        String district = Fixtures.createUnit("T-UCH", "Huyện đồng bộ", "DISTRICT_FEDERATION", province);
        String school = Fixtures.createUnit("T-UCH", "CĐCS Trường Bản Lang", "GRASSROOTS", district);
        var first = pull(province, "");
        assertEquals(List.of(province, district, school), first.getKey().stream().map(u -> u.get("code")).toList());
        assertEquals(district, first.getKey().get(2).get("parentCode"));

        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "CĐCS Trường số 1 Bản Lang", "type", "GRASSROOTS",
                "parentCode", district, "validFrom", "2021-09-01", "validTo", "2025-06-30", "version", 0))
                .put("/api/v1/units/" + school).then().statusCode(200);
        var second = pull(province, first.getValue());
        assertEquals(1, second.getKey().size(), "only the school changed: " + second.getKey());
        Map<String, Object> closed = second.getKey().get(0);
        assertEquals("CĐCS Trường số 1 Bản Lang", closed.get("name"));
        assertEquals("2025-06-30", closed.get("validTo"));
        // The unit's own view says the same time of its last change as the feed.
        String viewed = Api.asAdmin().get("/api/v1/units/" + school).then().statusCode(200).extract().path("updatedAt");
        assertEquals(java.time.OffsetDateTime.parse((String) closed.get("updatedAt")).toInstant(),
                java.time.OffsetDateTime.parse(viewed).toInstant());
        org.junit.jupiter.api.Assertions.assertTrue(java.time.OffsetDateTime.parse(viewed)
                .isAfter(java.time.OffsetDateTime.parse((String) first.getKey().get(2).get("updatedAt"))));

        JsonPath quiet = changes(province, second.getValue());
        assertEquals(0, quiet.getList("items").size());
        assertFalse(quiet.getBoolean("more"));
    }

    @Test
    void anOfficerMirrorsOnlyTheirSubtree() {
        Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").get("/api/v1/units/changes").then().statusCode(200);
        Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").get("/api/v1/units/changes?within=LCH-SH").then().statusCode(404);
        Api.as("giamkhao", Roles.EVALUATOR, "LCH").get("/api/v1/units/changes").then().statusCode(403);
        Api.asAdmin().get("/api/v1/units/changes?since=c1.x").then().statusCode(400);
    }
}
