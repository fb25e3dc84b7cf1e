package vn.congdoan.sangkien.common;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.congdoan.sangkien.common.Api.asAdmin;

/** The sign-in-free part answers a flood from one address with 429 and when to come back; signed-in users go on. */
@QuarkusTest
@TestProfile(SmallRateLimits.class)
class AnonymousRateLimitTest {

    @Test
    void theSixthRequestWithoutATokenInAMinuteIs429AndASignedInUserIsNotLimited() {
        for (int i = 0; i < 5; i++) {
            given().get(i % 2 == 0 ? "/q/health/live" : "/api/v1/units").then().statusCode(org.hamcrest.Matchers.oneOf(200, 401));
        }
        given().get("/q/openapi").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue()).header("RateLimit-Policy", equalTo("\"anonymous\";q=5;w=60"))
                .header("RateLimit", startsWith("\"anonymous\";r=0;t=")).body("status", equalTo(429))
                .body("detailEn", containsString("5 requests a minute")).body("detail", containsString("5 yêu cầu"));
        given().get("/api/v1/units").then().statusCode(429);
        // A browser's CORS preflight before a signed-in call carries no token and is not held back.
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization").options("/api/v1/units")
                .then().statusCode(org.hamcrest.Matchers.not(429));
        for (int i = 0; i < 10; i++) {
            asAdmin().get("/api/v1/units/LCH").then().statusCode(200);
        }
    }
}
