package vn.congdoan.sangkien.reminder;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.common.Tokens;
import vn.congdoan.sangkien.common.text.VietnamClock;
import vn.congdoan.sangkien.outbox.OutboxWorker;
import vn.congdoan.sangkien.security.Roles;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.sangkien.common.Api.asAdmin;

/**
 * The calendar's reminders at a frozen day: 14 and 3 days before a period's cut-off the officers of a unit below its
 * target are told the numbers, once however often or on however many instances the job runs; a dossier waiting for a
 * decision too long is flagged; each province gets its week's digest once.
 */
@QuarkusTest
class ReminderTest {

    @Inject
    Reminders reminders;
    @Inject
    OutboxWorker worker;
    @Inject
    Jdbi jdbi;

    @Test
    void fourteenDaysBeforeTheCutOffAUnitBelowItsTargetIsToldOnce() throws Exception {
        String program = Fixtures.uniqueCode("T-REM");
        asAdmin().contentType(ContentType.JSON).body(Map.of("code", program, "name", "Chương trình nhắc hạn"))
                .post("/api/v1/programs").then().statusCode(201);
        asAdmin().contentType(ContentType.JSON).body(Map.of("code", "GD1", "name", "Giai đoạn 1", "kind", "PHASE",
                "startsOn", "2021-09-01", "endsOn", "2022-05-31")).post("/api/v1/programs/" + program + "/periods")
                .then().statusCode(201);
        String district = Fixtures.createUnit("T-REM", "Huyện nhắc hạn", "DISTRICT_FEDERATION", "TLD");
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", 0, "targets", Map.of("GD1", 2300)))
                .put("/api/v1/programs/" + program + "/quotas/" + district).then().statusCode(200);
        String officer = "cb." + district.toLowerCase();
        Api.as(Tokens.of(officer, Roles.UNIT_OFFICER, district)).get("/api/v1/me").then().statusCode(200);
        worker.fanOut(); // the quota change

        LocalDate frozen = LocalDate.of(2022, 5, 17); // 14 days before 31/05/2022
        assertEquals(0, reminders.cutOffsNear(frozen.minusDays(1)), "15 days before: no reminder");
        List<CompletableFuture<Integer>> instances = List.of(
                CompletableFuture.supplyAsync(() -> reminders.cutOffsNear(frozen)),
                CompletableFuture.supplyAsync(() -> reminders.cutOffsNear(frozen)));
        int made = instances.get(0).get() + instances.get(1).get();
        assertTrue(made >= 1);
        assertEquals(1, eventsOf("DEADLINE_NEAR", district), "two instances at once made it once");
        assertEquals(0, reminders.cutOffsNear(frozen), "the job run again makes nothing new");
        assertEquals(1, reminders.cutOffsNear(LocalDate.of(2022, 5, 28)) >= 1 ? 1 : 0, "3 days before: a second reminder");
        assertEquals(2, eventsOf("DEADLINE_NEAR", district));
        worker.fanOut();

        Api.as(Tokens.of(officer, Roles.UNIT_OFFICER, district)).get("/api/v1/notifications").then().statusCode(200)
                .body("items[1].kind", equalTo("DEADLINE_NEAR"))
                .body("items[1].title", containsString("Còn 14 ngày đến hạn 31/05/2022"))
                .body("items[1].title", containsString("có 0/2.300 sáng kiến, còn thiếu 2.300"))
                .body("items[1].titleEn", containsString("14 days to the cut-off on 31/05/2022"))
                .body("items[0].title", containsString("Còn 3 ngày"));
    }

    @Test
    void aDossierWaitingLongerThanTheRulesAllowIsFlaggedToItsOfficersOnce() {
        String district = Fixtures.createUnit("T-REM", "Huyện chờ lâu", "DISTRICT_FEDERATION", "TLD");
        String officer = "cb." + district.toLowerCase();
        Api.as(Tokens.of(officer, Roles.UNIT_OFFICER, district)).get("/api/v1/me").then().statusCode(200);
        long waiting = Fixtures.createInitiative(district, "Sổ tay an toàn lao động", "2022-02-02");
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", Fixtures.version(waiting), "occurredOn", "2022-03-01"))
                .post("/api/v1/initiatives/" + waiting + "/submit").then().statusCode(200);
        long recent = Fixtures.createInitiative(district, "Bảng phân ca điện tử", "2022-02-02");
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", Fixtures.version(recent)))
                .post("/api/v1/initiatives/" + recent + "/submit").then().statusCode(200);
        worker.fanOut();

        LocalDate today = VietnamClock.today();
        assertTrue(reminders.decisionsOverdue(today) >= 1);
        assertEquals(0, reminders.decisionsOverdue(today));
        assertEquals(1, overdue(waiting));
        assertEquals(0, overdue(recent), "submitted today: within the 30 days the rules allow");
        worker.fanOut();
        Api.as(Tokens.of(officer, Roles.UNIT_OFFICER, district)).get("/api/v1/notifications").then().statusCode(200)
                .body("items[0].kind", equalTo("DECISION_OVERDUE"))
                .body("items[0].link", equalTo("/initiatives/" + waiting))
                .body("items[0].title", containsString("quy định 30 ngày"));
    }

    @Test
    void eachProvinceGetsItsWeekOnce() {
        String province = Fixtures.createUnit("T-REM", "Tỉnh tổng hợp", "PROVINCIAL_FEDERATION", "TLD");
        String district = Fixtures.createUnit("T-REM", "Huyện tổng hợp", "DISTRICT_FEDERATION", province);
        String officer = "ldld." + province.toLowerCase();
        Api.as(Tokens.of(officer, Roles.FEDERATION_OFFICER, province)).get("/api/v1/me").then().statusCode(200);
        long id = Fixtures.createInitiative(district, "Lò sấy thảo quả", "2022-02-02");
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", Fixtures.version(id)))
                .post("/api/v1/initiatives/" + id + "/submit").then().statusCode(200);
        worker.fanOut();

        LocalDate nextMonday = VietnamClock.today().plusWeeks(1).with(java.time.DayOfWeek.MONDAY);
        assertTrue(reminders.weeklyDigest(nextMonday) >= 1);
        assertEquals(0, reminders.weeklyDigest(nextMonday), "the same week again: nothing new");
        assertEquals(1, eventsOf("WEEKLY_DIGEST", province));
        worker.fanOut();
        Api.as(Tokens.of(officer, Roles.FEDERATION_OFFICER, province)).get("/api/v1/notifications").then().statusCode(200)
                .body("items[0].kind", equalTo("WEEKLY_DIGEST"))
                .body("items[0].title", containsString("Tổng hợp tuần của Tỉnh tổng hợp: 1 hồ sơ mới nộp"));
    }

    private int eventsOf(String kind, String unitCode) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from outbox_event where kind = :kind and data ->> 'unitCode' = :unit")
                .bind("kind", kind).bind("unit", unitCode).mapTo(Integer.class).one());
    }

    private int overdue(long initiativeId) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from outbox_event where kind = 'DECISION_OVERDUE' and initiative_id = :id")
                .bind("id", initiativeId).mapTo(Integer.class).one());
    }
}
