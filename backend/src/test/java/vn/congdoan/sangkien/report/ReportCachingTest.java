package vn.congdoan.sangkien.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.ContractResponses;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.common.StatusHistory;
import vn.congdoan.sangkien.common.Tokens;
import vn.congdoan.sangkien.security.Roles;

import java.time.LocalDate;

import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** ETag and 304 on the JSON reports; downloads and change feeds are left alone (docs/integration.md, "HTTP caching"). */
@QuarkusTest
class ReportCachingTest {

    private static final String TAG = "\"[A-Za-z0-9_-]{43}\"";

    @Inject
    EntityManager em;

    @BeforeAll
    static void checkResponsesAgainstTheContract() {
        ContractResponses.start(); // 304 must be declared where it is sent
    }

    @AfterAll
    static void stopCheckingResponses() {
        ContractResponses.stop();
    }

    private static String reporter() {
        return Tokens.of("service-account-reporting", Roles.REPORTER, null);
    }

    @Test
    void theRegisterAnswers304UntilItChanges() {
        String province = Fixtures.createUnit("T-ETR", "Tỉnh bộ đệm", "PROVINCIAL_FEDERATION", "TLD");
        long first = Fixtures.createInitiative(province, "Sáng kiến sổ đăng ký thứ nhất", "2022-06-20");
        StatusHistory.set(em, "VALID", LocalDate.of(2022, 7, 1), first);
        String register = "/api/v1/reports/initiatives?program=1TRIEU-SK&period=GD2&root=" + province;

        Response page = Api.as(reporter()).get(register);
        page.then().statusCode(200).header("ETag", matchesPattern(TAG))
                .header("Cache-Control", equalTo("private, no-cache")).header("Vary", equalTo("Authorization, Accept, Accept-Language"))
                .header("Last-Modified", nullValue()) // a report has no one time of change: ETag only
                .body("totalItems", equalTo(1));
        String tag = page.header("ETag");
        Api.as(reporter()).header("If-None-Match", tag).get(register).then().statusCode(304).body(emptyString())
                .header("ETag", equalTo(tag));

        long second = Fixtures.createInitiative(province, "Sáng kiến sổ đăng ký thứ hai", "2022-06-21");
        StatusHistory.set(em, "VALID", LocalDate.of(2022, 7, 2), second);
        Response changed = Api.as(reporter()).header("If-None-Match", tag).get(register);
        changed.then().statusCode(200).body("totalItems", equalTo(2)).header("ETag", matchesPattern(TAG));
        assertNotEquals(tag, changed.header("ETag"));
        Api.as(reporter()).header("If-None-Match", changed.header("ETag")).get(register).then().statusCode(304);
    }

    @Test
    void progressRankingsAndBreakdownsAnswer304() {
        for (String report : new String[]{
                "/api/v1/programs/1TRIEU-SK/progress?period=GD1&root=LCH&depth=1",
                "/api/v1/reports/progress?program=1TRIEU-SK&period=GD1&root=LCH&depth=1",
                "/api/v1/programs/1TRIEU-SK/rankings?period=GD1&root=LCH",
                "/api/v1/programs/1TRIEU-SK/reward-candidates?period=GD1&root=LCH",
                "/api/v1/programs/1TRIEU-SK/progress/breakdown?period=GD1&root=LCH"}) {
            Response json = Api.as(reporter()).get(report);
            json.then().statusCode(200).contentType(startsWith("application/json")).header("ETag", matchesPattern(TAG));
            Api.as(reporter()).header("If-None-Match", json.header("ETag")).get(report).then().statusCode(304).body(emptyString());
            Api.as(reporter()).header("If-None-Match", "\"an-old-one\"").get(report).then().statusCode(200)
                    .header("ETag", equalTo(json.header("ETag")));
        }
        // The retiring alias keeps its Deprecation headers on a 304 too.
        String alias = "/api/v1/reports/progress?program=1TRIEU-SK&period=GD1&root=LCH&depth=1";
        String tag = Api.as(reporter()).get(alias).header("ETag");
        Api.as(reporter()).header("If-None-Match", tag).get(alias).then().statusCode(304).header("Deprecation", equalTo("@1796256000"));
    }

    @Test
    void whoAsksChoosesTheViewAndSoTheTag() {
        // Without root, the reporter gets the province (the quotas' top unit), a district officer their district.
        String report = "/api/v1/programs/1TRIEU-SK/progress?period=GD1&depth=1";
        Response national = Api.as(reporter()).get(report);
        national.then().statusCode(200).body("rootCode", equalTo("LCH"));
        Response district = Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").header("If-None-Match", national.header("ETag")).get(report);
        district.then().statusCode(200).body("rootCode", equalTo("LCH-PT"));
        assertNotEquals(national.header("ETag"), district.header("ETag"));
    }

    @Test
    void downloadsAndChangeFeedsAreLeftAlone() {
        String csv = "/api/v1/programs/1TRIEU-SK/progress?period=GD1&root=LCH&depth=1&format=csv";
        Response download = Api.as(reporter()).get(csv);
        download.then().statusCode(200).contentType(startsWith("text/csv")).header("ETag", nullValue());
        Api.as(reporter()).header("If-None-Match", "*").get(csv).then().statusCode(200).body(not(emptyString()));
        Api.as(reporter()).get("/api/v1/reports/initiatives?program=1TRIEU-SK&period=GD1&root=LCH&size=5&format=xlsx")
                .then().statusCode(200).header("ETag", nullValue());

        Response export = Api.as(reporter()).header("If-None-Match", "*")
                .get("/api/v1/reports/initiatives/export?program=1TRIEU-SK&root=LCH-PT&format=csv");
        export.then().statusCode(200).header("ETag", nullValue()).header("Cache-Control", nullValue());
        Response changes = Api.as(reporter()).header("If-None-Match", "*")
                .get("/api/v1/reports/initiatives/changes?program=1TRIEU-SK&root=LCH-PT&size=5");
        changes.then().statusCode(200).header("ETag", nullValue());
    }
}
