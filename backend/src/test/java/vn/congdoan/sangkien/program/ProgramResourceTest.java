package vn.congdoan.sangkien.program;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Fixtures;

import java.util.HashMap;
import java.util.Map;

import static vn.congdoan.sangkien.common.Api.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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
        asAdmin().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Chương trình A"))
                .post("/api/v1/programs").then().statusCode(201);
        Map<String, Object> update = Map.of("name", "Chương trình B", "quotaRule", "MUST_NOT_EXCEED", "version", 0);
        asAdmin().contentType(ContentType.JSON).body(update).put("/api/v1/programs/" + code)
                .then().statusCode(200).body("quotaRule", equalTo("MUST_NOT_EXCEED")).body("version", equalTo(1));
        asAdmin().contentType(ContentType.JSON).body(update).put("/api/v1/programs/" + code).then().statusCode(409);
        asAdmin().get("/api/v1/programs/KHONG-CO").then().statusCode(404);
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
