package vn.congdoan.sangkien.program;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Fixtures;

import java.util.HashMap;
import java.util.Map;

import static vn.congdoan.sangkien.common.Api.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class ProgramResourceTest {

    @Test
    void seedProgrammeHasItsTwoPhasesInsideTheWholePeriod() {
        asAdmin().get("/api/v1/programs").then().statusCode(200).body("code", hasItem("1TRIEU-SK"));
        asAdmin().get("/api/v1/programs/1TRIEU-SK/periods").then().statusCode(200)
                .body("code", contains("2022-2023", "GD1", "GD2"))
                .body("find { it.code == 'GD1' }.startsOn", equalTo("2021-09-01"))
                .body("find { it.code == 'GD1' }.endsOn", equalTo("2022-05-31"))
                .body("find { it.code == 'GD2' }.startsOn", equalTo("2022-06-01"))
                .body("find { it.code == 'GD2' }.endsOn", equalTo("2023-09-01"))
                .body("find { it.code == 'GD2' }.parentCode", equalTo("2022-2023"));
    }

    @Test
    void createsAProgrammeWithPeriodsAndChecksTheirWindows() {
        String code = Fixtures.uniqueCode("T-PRG");
        asAdmin().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Sáng kiến vì người lao động"))
                .post("/api/v1/programs").then().statusCode(201).body("quotaRule", equalTo("MUST_EQUAL"));
        asAdmin().contentType(ContentType.JSON)
                .body(period("Y2024", null, "2024-01-01", "2024-12-31"))
                .post("/api/v1/programs/" + code + "/periods").then().statusCode(201);
        asAdmin().contentType(ContentType.JSON)
                .body(period("Q1", "Y2024", "2023-12-01", "2024-03-31"))
                .post("/api/v1/programs/" + code + "/periods").then().statusCode(400)
                .body("errors[0].field", equalTo("startsOn")).body("errors[0].rule", equalTo("WithinParentPeriod"));
        asAdmin().contentType(ContentType.JSON)
                .body(period("Q2", "Y2024", "2024-06-30", "2024-04-01"))
                .post("/api/v1/programs/" + code + "/periods").then().statusCode(400)
                .body("errors[0].rule", equalTo("NotBeforeStartsOn"));
        asAdmin().contentType(ContentType.JSON)
                .body(period("Y2024", null, "2024-01-01", "2024-12-31"))
                .post("/api/v1/programs/" + code + "/periods").then().statusCode(409);
    }

    @Test
    void updatesAProgrammeOnlyFromTheCurrentVersion() {
        String code = Fixtures.uniqueCode("T-PRG");
        String created = asAdmin().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Chương trình A"))
                .post("/api/v1/programs").then().statusCode(201).extract().path("updatedAt");
        Map<String, Object> update = Map.of("name", "Chương trình B", "quotaRule", "MUST_NOT_EXCEED", "version", 0);
        String updated = asAdmin().contentType(ContentType.JSON).body(update).put("/api/v1/programs/" + code)
                .then().statusCode(200).body("quotaRule", equalTo("MUST_NOT_EXCEED")).body("version", equalTo(1))
                .extract().path("updatedAt");
        // When it last changed, stamped by the database, as the next read says too.
        org.junit.jupiter.api.Assertions.assertTrue(java.time.OffsetDateTime.parse(updated).isAfter(java.time.OffsetDateTime.parse(created)),
                created + " then " + updated);
        asAdmin().get("/api/v1/programs/" + code).then().body("updatedAt", equalTo(updated));
        asAdmin().contentType(ContentType.JSON).body(update).put("/api/v1/programs/" + code).then().statusCode(409);
        asAdmin().get("/api/v1/programs/KHONG-CO").then().statusCode(404);
    }

    @Test
    void refusesAnInvalidProgrammeFieldByFieldAndADuplicateCode() {
        asAdmin().contentType(ContentType.JSON).body(Map.of("code", "có dấu", "name", " ", "minCoauthorPercent", 120))
                .post("/api/v1/programs").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:sangkien:problem:validation"))
                .body("errors.field", hasItems("code", "name", "minCoauthorPercent"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("code", "1TRIEU-SK", "name", "Trùng mã"))
                .post("/api/v1/programs").then().statusCode(409).contentType("application/problem+json")
                .body("detailEn", containsString("1TRIEU-SK"));
    }

    @Test
    void unknownProgrammesAndPeriodsAre404() {
        Map<String, Object> update = Map.of("name", "Không có", "quotaRule", "MUST_EQUAL", "version", 0);
        asAdmin().contentType(ContentType.JSON).body(update).put("/api/v1/programs/KHONG-CO")
                .then().statusCode(404).contentType("application/problem+json").body("detailEn", containsString("KHONG-CO"));
        asAdmin().get("/api/v1/programs/KHONG-CO/periods").then().statusCode(404).contentType("application/problem+json");
        Map<String, Object> period = new HashMap<>(period("GD1", null, "2021-09-01", "2022-05-31"));
        period.put("version", 0);
        asAdmin().contentType(ContentType.JSON).body(period).put("/api/v1/programs/KHONG-CO/periods/GD1").then().statusCode(404);
        period.put("code", "KHONG-CO");
        asAdmin().contentType(ContentType.JSON).body(period).put("/api/v1/programs/1TRIEU-SK/periods/KHONG-CO")
                .then().statusCode(404).body("detailEn", containsString("KHONG-CO"));
    }

    @Test
    void updatesAPeriodOnlyFromTheCurrentVersionAndWithValidFields() {
        String code = Fixtures.uniqueCode("T-PRG");
        asAdmin().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Chương trình thử"))
                .post("/api/v1/programs").then().statusCode(201);
        String created = asAdmin().contentType(ContentType.JSON).body(period("Y2024", null, "2024-01-01", "2024-12-31"))
                .post("/api/v1/programs/" + code + "/periods").then().statusCode(201).extract().path("updatedAt");
        String path = "/api/v1/programs/" + code + "/periods/Y2024";
        Map<String, Object> update = new HashMap<>(period("Y2024", null, "2024-01-01", "2024-11-30"));
        update.put("version", 0);
        String updated = asAdmin().contentType(ContentType.JSON).body(update).put(path).then().statusCode(200)
                .body("endsOn", equalTo("2024-11-30")).body("version", equalTo(1)).extract().path("updatedAt");
        org.junit.jupiter.api.Assertions.assertTrue(java.time.OffsetDateTime.parse(updated).isAfter(java.time.OffsetDateTime.parse(created)),
                created + " then " + updated);
        // A second edit from the same read is refused, not applied over the first.
        asAdmin().contentType(ContentType.JSON).body(update).put(path).then().statusCode(409)
                .body("type", equalTo("urn:sangkien:problem:stale-version"));

        Map<String, Object> blank = new HashMap<>(update);
        blank.putAll(Map.of("name", "", "version", 1));
        blank.remove("startsOn");
        asAdmin().contentType(ContentType.JSON).body(blank).put(path).then().statusCode(400)
                .body("errors.field", hasItems("name", "startsOn"));
        Map<String, Object> reversed = new HashMap<>(period("Y2024", null, "2024-12-31", "2024-01-01"));
        reversed.put("version", 1);
        asAdmin().contentType(ContentType.JSON).body(reversed).put(path).then().statusCode(400)
                .body("errors[0].field", equalTo("endsOn")).body("errors[0].rule", equalTo("NotBeforeStartsOn"));
        Map<String, Object> renamed = new HashMap<>(period("Y2025", null, "2024-01-01", "2024-12-31"));
        renamed.put("version", 1);
        asAdmin().contentType(ContentType.JSON).body(renamed).put(path).then().statusCode(400)
                .body("errors[0].field", equalTo("code")).body("errors[0].rule", equalTo("Unchangeable"));
        asAdmin().contentType(ContentType.JSON).body(period("Y2024", null, "2024-01-01", "2024-12-31")).put(path)
                .then().statusCode(400).body("errors[0].field", equalTo("version")).body("errors[0].rule", equalTo("NotNull"));
        asAdmin().get("/api/v1/programs/" + code + "/periods").then().body("find { it.code == 'Y2024' }.endsOn", equalTo("2024-11-30"));
    }

    private static Map<String, Object> period(String code, String parent, String from, String to) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", "Kỳ " + code, "kind", "YEAR", "startsOn", from, "endsOn", to));
        if (parent != null) {
            body.put("parentCode", parent);
            body.put("kind", "QUARTER");
        }
        return body;
    }
}
