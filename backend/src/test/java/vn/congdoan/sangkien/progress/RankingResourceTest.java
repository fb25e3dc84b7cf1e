package vn.congdoan.sangkien.progress;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.common.StatusHistory;
import vn.congdoan.sangkien.security.Roles;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static vn.congdoan.sangkien.common.Api.asAdmin;

@QuarkusTest
class RankingResourceTest {

    private static final String PROGRAM = "/api/v1/programs/1TRIEU-SK";

    @Inject
    EntityManager em;

    /** A province of four districts with phase-1 targets 2/2/4/2 and 3/2/4/2 valid initiatives. */
    private record Province(String code, String d1, String d2, String d3, String d4, String school, String idle, long national) {
    }

    private Province province() {
        String p = Fixtures.createUnit("T-RANK", "Tỉnh xếp hạng", "PROVINCIAL_FEDERATION", "TLD");
        String d1 = Fixtures.createUnit("T-RANK", "Huyện A", "DISTRICT_FEDERATION", p);
        String d2 = Fixtures.createUnit("T-RANK", "Huyện B", "DISTRICT_FEDERATION", p);
        String d3 = Fixtures.createUnit("T-RANK", "Huyện C", "DISTRICT_FEDERATION", p);
        String d4 = Fixtures.createUnit("T-RANK", "Huyện D", "DISTRICT_FEDERATION", p);
        String school = Fixtures.createUnit("T-RANK", "CĐCS có sáng kiến", "GRASSROOTS", d1);
        String idle = Fixtures.createUnit("T-RANK", "CĐCS chưa có sáng kiến", "GRASSROOTS", d2);
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", 0, "targets", phase1(10)))
                .put(PROGRAM + "/quotas/" + p).then().statusCode(200);
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", 0, "allocations", List.of(
                        Map.of("unitCode", d1, "targets", phase1(2)), Map.of("unitCode", d2, "targets", phase1(2)),
                        Map.of("unitCode", d3, "targets", phase1(4)), Map.of("unitCode", d4, "targets", phase1(2)))))
                .put(PROGRAM + "/quotas/" + p + "/allocation").then().statusCode(200);
        long national = valid(school, 1);
        valid(d1, 2);
        valid(d2, 2);
        valid(d3, 4);
        valid(d4, 2);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update initiative set impact_level = 'NATIONAL', grade = 'A' where id = :id").setParameter("id", national).executeUpdate());
        return new Province(p, d1, d2, d3, d4, school, idle, national);
    }

    /** Targets in phase 1 only: the programme total equals it, phase 2 has none. */
    private static Map<String, Integer> phase1(int target) {
        return Map.of("2022-2023", target, "GD1", target, "GD2", 0);
    }

    private long valid(String unit, int count) {
        long last = 0;
        for (int i = 0; i < count; i++) {
            last = Fixtures.createInitiative(unit, "Sáng kiến số " + i + " của " + unit, "2022-02-0" + (i + 1));
            StatusHistory.set(em, "VALID", LocalDate.of(2022, 4, 1), last);
        }
        return last;
    }

    @Test
    void districtsRankByPercentThenCountAndTiesShareARank() {
        Province p = province();
        asAdmin().get(PROGRAM + "/rankings?period=GD1&root=" + p.code()).then().statusCode(200)
                .body("rows.unitCode", contains(p.d1(), p.d3(), p.d2(), p.d4()))
                .body("rows.rank", contains(1, 2, 3, 3))
                .body("rows.percent", contains(150.0f, 100.0f, 100.0f, 100.0f))
                .body("rows.exceeded", contains(true, false, false, false));

        asAdmin().get(PROGRAM + "/reward-candidates?period=GD1&root=" + p.code()).then().statusCode(200)
                .body("units.unitCode", contains(p.d1()))
                .body("initiatives[0].id", equalTo((int) p.national())).body("initiatives[0].impactLevel", equalTo("NATIONAL"));

        asAdmin().get(PROGRAM + "/progress/breakdown?period=GD1&root=" + p.code()).then().statusCode(200)
                .body("grassrootsUnits", equalTo(2)).body("participatingUnits", equalTo(1))
                .body("participationPercent", equalTo(50.0f))
                .body("byField.key", contains("SOCIO_ECONOMIC")).body("byField[0].valid", equalTo(11))
                .body("byImpactLevel.key", contains("NONE", "NATIONAL"))
                .body("unitsWithValid", equalTo(1)).body("withValidPercent", equalTo(50.0f))
                .body("bySector.key", contains("NONE")).body("bySector[0].filed", equalTo(11));

        // The idle union files one (not yet valid) and the school records its sector: both show at once.
        long filed = Fixtures.createInitiative(p.idle(), "Sáng kiến đã nộp của CĐCS", "2022-02-10");
        StatusHistory.set(em, "SUBMITTED", LocalDate.of(2022, 3, 1), filed);
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", "CĐCS có sáng kiến", "type", "GRASSROOTS", "sector", "PUBLIC_SERVICE",
                "parentCode", p.d1(), "validFrom", "2021-09-01", "version", 0)).put("/api/v1/units/" + p.school()).then().statusCode(200);
        asAdmin().get(PROGRAM + "/progress/breakdown?period=GD1&root=" + p.code()).then().statusCode(200)
                .body("participatingUnits", equalTo(2)).body("participationPercent", equalTo(100.0f))
                .body("unitsWithValid", equalTo(1)).body("withValidPercent", equalTo(50.0f))
                .body("bySector.key", contains("NONE", "PUBLIC_SERVICE"))
                .body("bySector.find { it.key == 'PUBLIC_SERVICE' }.valid", equalTo(1))
                .body("bySector.find { it.key == 'NONE' }.filed", equalTo(11));
    }

    @Test
    void clustersAreDataRankedTheSameWayAndGuardedByVersionRoleAndScope() {
        Province p = province();
        String cluster = Fixtures.uniqueCode("CUM");
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Cụm phía Bắc", "unitCodes", List.of(p.d2(), p.d3())))
                .put(PROGRAM + "/clusters/" + cluster).then().statusCode(200).body("version", equalTo(0));
        asAdmin().get(PROGRAM + "/rankings?period=GD1&cluster=" + cluster).then().statusCode(200)
                .body("clusterCode", equalTo(cluster)).body("rows.unitCode", contains(p.d3(), p.d2()));

        asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Cụm phía Bắc", "unitCodes", List.of(p.d1(), p.d2(), p.d3()), "version", 0))
                .put(PROGRAM + "/clusters/" + cluster).then().statusCode(200).body("version", equalTo(1));
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Cụm cũ", "unitCodes", List.of(p.d1()), "version", 0))
                .put(PROGRAM + "/clusters/" + cluster).then().statusCode(409);
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Cụm lặp", "unitCodes", List.of(p.d1(), p.d1(), "KHONG-CO")))
                .put(PROGRAM + "/clusters/" + Fixtures.uniqueCode("CUM")).then().statusCode(400)
                .body("errors.field", contains("unitCodes[1]", "unitCodes[2]"));

        // Only federations set clusters; a district officer sees neither this cluster nor its ranking.
        Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").contentType(ContentType.JSON)
                .body(Map.of("name", "Cụm", "unitCodes", List.of("LCH-PT"))).put(PROGRAM + "/clusters/" + Fixtures.uniqueCode("CUM"))
                .then().statusCode(403);
        Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").get(PROGRAM + "/rankings?period=GD1&cluster=" + cluster).then().statusCode(404);
        Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").get(PROGRAM + "/rankings?period=GD1&root=" + p.code()).then().statusCode(404);
    }
}
