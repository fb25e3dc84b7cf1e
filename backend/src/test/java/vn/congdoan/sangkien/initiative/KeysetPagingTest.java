package vn.congdoan.sangkien.initiative;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Fixtures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The initiative list by cursor: a page is not shifted by dossiers added or changed before it meanwhile. */
@QuarkusTest
class KeysetPagingTest {

    private static JsonPath page(String unit, String sort, String cursor) {
        return Api.asAdmin().get("/api/v1/initiatives?size=3&unit=" + unit + "&sort=" + sort + (cursor == null ? "" : "&cursor=" + cursor))
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<Long> offsetPage(String unit, int page) {
        return Api.asAdmin().get("/api/v1/initiatives?size=3&page=" + page + "&unit=" + unit).then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class);
    }

    /** Every id of the list, page by page through the cursors; {@code between} runs after each page. */
    private static List<Long> walk(String unit, String sort, Runnable between) {
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = page(unit, sort, cursor);
            ids.addAll(page.getList("items.id", Long.class));
            cursor = page.getString("nextCursor");
            between.run();
        } while (cursor != null);
        return ids;
    }

    @Test
    void walkingByCursorSeesEachDossierOnceWhileNewOnesArrive() {
        String unit = Fixtures.createUnit("T-KEY", "CĐCS Con trỏ", "GRASSROOTS", "LCH-PT");
        List<Long> before = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            before.add(Fixtures.createInitiative(unit, "Sáng kiến con trỏ " + i, "2022-02-01"));
        }
        List<Long> added = new ArrayList<>();
        List<Long> seen = walk(unit, "-updatedAt", () -> added.add(Fixtures.createInitiative(unit, "Sáng kiến chen vào", "2022-02-01")));
        // Newest first: the ones created meanwhile belong before the cursor, so the walk is exactly the seven, newest first.
        List<Long> newestFirst = new ArrayList<>(before);
        java.util.Collections.reverse(newestFirst);
        assertEquals(newestFirst, seen);
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no dossier twice");

        // By offset, a newcomer pushes page 0's last dossier onto page 1: seen twice.
        List<Long> page0 = offsetPage(unit, 0);
        Fixtures.createInitiative(unit, "Sáng kiến chen vào", "2022-02-01");
        assertEquals(page0.get(2), offsetPage(unit, 1).get(0));
    }

    @Test
    void aSortWithMissingValuesWalksEveryDossierOnceInBothDirections() {
        String unit = Fixtures.createUnit("T-KEY", "CĐCS Số tiếp nhận", "GRASSROOTS", "LCH-PT");
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long id = Fixtures.createInitiative(unit, "Sáng kiến số " + i, "2022-02-01");
            all.add(id);
            if (i % 2 == 0) { // some get a receipt number, the drafts have none
                Api.asAdmin().contentType(ContentType.JSON).body(Map.of("version", 0))
                        .post("/api/v1/initiatives/" + id + "/submit").then().statusCode(200);
            }
        }
        for (String sort : List.of("receiptNumber", "-receiptNumber", "title", "-firstAppliedOn")) {
            List<Long> byCursor = walk(unit, sort, () -> { });
            List<Long> byOffset = Api.asAdmin().get("/api/v1/initiatives?size=50&unit=" + unit + "&sort=" + sort)
                    .then().extract().jsonPath().getList("items.id", Long.class);
            assertEquals(byOffset, byCursor, sort);
            assertEquals(new HashSet<>(all), new HashSet<>(byCursor), sort);
        }
    }

    @Test
    void aCursorOfAnotherSortOrNotOursIsA400NamingTheField() {
        String unit = Fixtures.createUnit("T-KEY", "CĐCS Sai con trỏ", "GRASSROOTS", "LCH-PT");
        for (int i = 0; i < 4; i++) {
            Fixtures.createInitiative(unit, "Sáng kiến " + i, "2022-02-01");
        }
        String cursor = page(unit, "title", null).getString("nextCursor");
        Api.asAdmin().get("/api/v1/initiatives?size=3&unit=" + unit + "&sort=-updatedAt&cursor=" + cursor).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("cursor"))
                .body("errors[0].rule", equalTo("Cursor")).body("errors[0].message", containsString("-updatedAt"));
        Api.asAdmin().get("/api/v1/initiatives?cursor=k1.%21%21").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        assertNull(page(unit, "title", cursor).getString("nextCursor"), "the last page has no next cursor");
    }
}
