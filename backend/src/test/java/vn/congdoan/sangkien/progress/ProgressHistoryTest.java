package vn.congdoan.sangkien.progress;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.common.StatusHistory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.congdoan.sangkien.common.Api.asAdmin;

/** Progress over time: units that move or close mid-programme, and reports "as of" a day that do not change later. */
@QuarkusTest
class ProgressHistoryTest {

    private static final String PROGRAM = "/api/v1/programs/1TRIEU-SK";

    @Inject
    EntityManager em;

    @Test
    void aMovedUnitCountsForItsOldDistrictInPeriodsThatEndedBeforeTheMove() {
        String province = Fixtures.createUnit("T-MOV", "Tỉnh chuyển", "PROVINCIAL_FEDERATION", "TLD");
        String oldDistrict = Fixtures.createUnit("T-MOV", "Huyện cũ", "DISTRICT_FEDERATION", province);
        String newDistrict = Fixtures.createUnit("T-MOV", "Huyện mới", "DISTRICT_FEDERATION", province);
        String school = Fixtures.createUnit("T-MOV", "CĐCS Trường chuyển", "GRASSROOTS", oldDistrict);
        long phase1 = Fixtures.createInitiative(school, "Sáng kiến giai đoạn một", "2022-03-01");
        long phase2 = Fixtures.createInitiative(school, "Sáng kiến giai đoạn hai", "2022-08-01");
        StatusHistory.set(em, "VALID", LocalDate.of(2022, 9, 1), phase1, phase2);

        // From 01/7/2022 the school belongs to the new district.
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", "CĐCS Trường chuyển", "type", "GRASSROOTS",
                        "parentCode", newDistrict, "validFrom", "2021-09-01", "movedOn", "2022-07-01", "version", 0))
                .put("/api/v1/units/" + school).then().statusCode(200).body("parentCode", equalTo(newDistrict));

        JsonPath gd1 = progress("GD1", province, 1);
        assertEquals(1, valid(gd1, oldDistrict));      // phase 1 ended 31/5/2022, before the move
        assertEquals(0, valid(gd1, newDistrict));
        JsonPath gd2 = progress("GD2", province, 1);
        assertEquals(0, valid(gd2, oldDistrict));
        assertEquals(1, valid(gd2, newDistrict));
        JsonPath whole = progress("2022-2023", province, 2);
        assertEquals(2, valid(whole, newDistrict));    // the whole programme ends after the move
        assertEquals(2, valid(whole, province));

        // A phase-1 dossier validated after the move still counts where the school stood on 31/5/2022.
        long late = Fixtures.createInitiative(school, "Hồ sơ giai đoạn một duyệt muộn", "2022-04-15");
        StatusHistory.set(em, "VALID", LocalDate.now(), late);
        assertEquals(2, valid(progress("GD1", province, 1), oldDistrict));
        assertEquals(0, valid(progress("GD1", province, 1), newDistrict));

        // The counters the triggers kept equal a recount from scratch.
        String before = progress("2022-2023", province, 3).prettify() + progress("GD1", province, 3).prettify();
        QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("select progress_counter_rebuild(id) from program where code = '1TRIEU-SK'").getResultList());
        assertEquals(before, progress("2022-2023", province, 3).prettify() + progress("GD1", province, 3).prettify());
    }

    @Test
    void aClosedUnitLeavesLaterPeriodsButItsInitiativesStillCount() {
        String province = Fixtures.createUnit("T-CLO", "Tỉnh giải thể", "PROVINCIAL_FEDERATION", "TLD");
        String closing = Fixtures.createUnit("T-CLO", "CĐCS giải thể", "GRASSROOTS", province);
        long id = Fixtures.createInitiative(closing, "Sáng kiến trước giải thể", "2022-02-01");
        StatusHistory.set(em, "VALID", LocalDate.of(2022, 4, 1), id);
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", "CĐCS giải thể", "type", "GRASSROOTS",
                        "parentCode", province, "validFrom", "2021-09-01", "validTo", "2022-06-30", "version", 0))
                .put("/api/v1/units/" + closing).then().statusCode(200);
        // A quarter added later is counted at once (the counters are rebuilt for a new period).
        String quarter = "Q4-" + Fixtures.uniqueCode("T");
        asAdmin().contentType(ContentType.JSON).body(Map.of("code", quarter, "name", "Quý IV/2022", "kind", "QUARTER",
                        "parentCode", "GD2", "startsOn", "2022-10-01", "endsOn", "2022-12-31"))
                .post(PROGRAM + "/periods").then().statusCode(201);
        long inQuarter = Fixtures.createInitiative(province, "Sáng kiến quý bốn", "2022-11-15");
        StatusHistory.set(em, "VALID", LocalDate.of(2022, 12, 1), inQuarter);

        asAdmin().get(PROGRAM + "/progress?period=GD1&depth=1&root=" + province).then().statusCode(200)
                .body("rows.unitCode", hasItem(closing)).body("rows[0].valid", equalTo(1));
        asAdmin().get(PROGRAM + "/progress?period=" + quarter + "&depth=1&root=" + province).then().statusCode(200)
                .body("rows.unitCode", not(hasItem(closing))).body("rows[0].valid", equalTo(1));
        asAdmin().get(PROGRAM + "/progress?period=2022-2023&depth=0&root=" + province).then()
                .body("rows[0].valid", equalTo(2));
    }

    @Test
    void aReportAsOfADayGivesTheSameNumbersLater() {
        String province = Fixtures.createUnit("T-ASOF", "Tỉnh báo cáo", "PROVINCIAL_FEDERATION", "TLD");
        long early = Fixtures.createInitiative(province, "Công nhận sớm", "2022-01-05");
        long late = Fixtures.createInitiative(province, "Công nhận muộn", "2022-02-05");
        StatusHistory.set(em, "SUBMITTED", LocalDate.of(2022, 3, 1), early, late);
        StatusHistory.set(em, "VALID", LocalDate.of(2022, 5, 20), early);
        StatusHistory.set(em, "VALID", LocalDate.of(2022, 6, 10), late);

        JsonPath midMay = progressAsOf(province, "2022-05-15");
        assertEquals(0, valid(midMay, province));
        assertEquals(2, midMay.getInt("rows[0].submitted"));
        JsonPath endOfPhase = progressAsOf(province, "2022-05-31");
        assertEquals(1, valid(endOfPhase, province));
        assertEquals(1, endOfPhase.getInt("rows[0].submitted"));
        assertEquals(2, valid(progress("GD1", province, 0), province));  // today

        // Later changes (a new dossier, the date of a returned one edited) leave the report as of 31/5/2022 alone.
        long later = Fixtures.createInitiative(province, "Hồ sơ sau này", "2022-05-01");
        StatusHistory.set(em, "VALID", LocalDate.now(), later);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update initiative set first_applied_on = date '2022-07-01' where id = :id").setParameter("id", early).executeUpdate());
        assertEquals(endOfPhase.prettify(), progressAsOf(province, "2022-05-31").prettify());
        assertEquals(2, valid(progress("GD1", province, 0), province));
    }

    private static JsonPath progress(String period, String root, int depth) {
        return asAdmin().get(PROGRAM + "/progress?period=" + period + "&depth=" + depth + "&root=" + root)
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath progressAsOf(String root, String asOf) {
        return asAdmin().get(PROGRAM + "/progress?period=GD1&depth=0&root=" + root + "&asOf=" + asOf)
                .then().statusCode(200).body("asOf", equalTo(asOf)).extract().jsonPath();
    }

    @SuppressWarnings("unchecked")
    private static int valid(JsonPath report, String unitCode) {
        List<Map<String, Object>> rows = report.getList("rows", Map.class).stream().map(r -> (Map<String, Object>) r).toList();
        return rows.stream().filter(r -> unitCode.equals(r.get("unitCode"))).findFirst()
                .map(r -> ((Number) r.get("valid")).intValue()).orElseThrow(() -> new AssertionError(unitCode + " not in " + rows));
    }
}
