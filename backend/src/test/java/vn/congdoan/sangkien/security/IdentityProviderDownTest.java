package vn.congdoan.sangkien.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Tokens;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** Keycloak cannot be reached: a request with a token gets a clear 503, never a 500, and readiness says why. */
@QuarkusTest
@TestProfile(IdentityProviderDownTest.KeycloakUnreachable.class)
class IdentityProviderDownTest {

    public static class KeycloakUnreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Port 9 (discard) on loopback: nothing listens there.
            return Map.of("quarkus.oidc.auth-server-url", "http://127.0.0.1:9/realms/sangkien");
        }
    }

    @Test
    void aRequestWithATokenGetsA503Problem() {
        Api.as(Tokens.of("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT")).get("/api/v1/me")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("title", equalTo("Máy chủ đăng nhập tạm thời không truy cập được"))
                .body("titleEn", equalTo("Sign-in server unavailable"));
    }

    @Test
    void aRequestWithoutATokenIsStillA401() {
        given().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void readinessIsDownAndNamesTheIdentityProvider() {
        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'OIDC Provider Health Check' }.status", equalTo("DOWN"))
                .body("checks.name", hasItem("Database connections health check"));
    }
}
