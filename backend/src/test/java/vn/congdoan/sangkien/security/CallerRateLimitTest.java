package vn.congdoan.sangkien.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.ContractResponses;
import vn.congdoan.sangkien.common.SmallRateLimits;
import vn.congdoan.sangkien.common.Tokens;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fair use for signed-in callers: an integration over its requests a minute gets 429 with Retry-After and the RateLimit
 * headers, keyed by its client id (whichever token it shows); another client and people go on, each on their own
 * bucket. Every answer, refused or not, must fit openapi.yaml (the 429 included).
 */
@QuarkusTest
@TestProfile(SmallRateLimits.class)
class CallerRateLimitTest {

    private static final String UNIT = "/api/v1/units/TLD";

    @BeforeAll
    static void checkResponsesAgainstTheContract() {
        ContractResponses.start();
    }

    @AfterAll
    static void stopCheckingResponses() {
        ContractResponses.stop();
    }

    /** A client-credentials token as Keycloak issues it: its service-account user, and the client as azp. */
    private static String clientToken(String clientId) {
        return Tokens.claims("service-account-" + clientId, Roles.REPORTER, null).claim("azp", clientId)
                .claim("client_id", clientId).sign("privateKey.jwk");
    }

    /** A person signed in through the web app. */
    private static String personToken(String username) {
        return Tokens.claims(username, Roles.REPORTER, null).claim("azp", "web").sign("privateKey.jwk");
    }

    @Test
    void aClientOverItsLimitGets429WithRetryAfterAndRateLimitHeadersWhileOthersGoOn() {
        for (int i = 1; i <= SmallRateLimits.CLIENT; i++) {
            // A new token each time: the bucket is the client's, not the token's.
            Response allowed = Api.as(clientToken("reporting")).get(UNIT);
            assertEquals(200, allowed.statusCode(), allowed.asString());
            assertEquals("\"client\";q=" + SmallRateLimits.CLIENT + ";w=60", allowed.header("RateLimit-Policy"));
            assertTrue(allowed.header("RateLimit").matches("\"client\";r=" + (SmallRateLimits.CLIENT - i) + ";t=\\d+"),
                    allowed.header("RateLimit"));
            assertEquals(null, allowed.header("Retry-After"));
        }

        Response refused = Api.as(clientToken("reporting")).get(UNIT);
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("urn:sangkien:problem:rate-limit")).body("status", equalTo(429))
                .body("instance", equalTo(UNIT))
                .body("detailEn", containsString(SmallRateLimits.CLIENT + " requests a minute"))
                .body("detail", containsString(SmallRateLimits.CLIENT + " yêu cầu mỗi phút"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        // Five a minute: the next token comes within 12 s.
        assertTrue(retryAfter >= 1 && retryAfter <= 12, "Retry-After " + retryAfter);
        assertEquals("\"client\";q=" + SmallRateLimits.CLIENT + ";w=60", refused.header("RateLimit-Policy"));
        assertEquals("\"client\";r=0;t=" + retryAfter, refused.header("RateLimit"));
        // Also on an answer that would have been an error: the request is counted before the operation runs.
        Api.as(clientToken("reporting")).get("/api/v1/units/NO-SUCH-UNIT").then().statusCode(429);

        // Another client, with a figure of its own (clients."partner"), and people are not held back.
        Response partner = Api.as(clientToken("partner")).get(UNIT);
        assertEquals(200, partner.statusCode(), partner.asString());
        assertEquals("\"client\";q=" + SmallRateLimits.PARTNER + ";w=60", partner.header("RateLimit-Policy"));
        Response person = Api.as(personToken("nguoi.dung.a")).get(UNIT);
        assertEquals(200, person.statusCode(), person.asString());
        assertEquals("\"user\";q=" + SmallRateLimits.USER + ";w=60", person.header("RateLimit-Policy"));
        assertEquals("\"user\";r=" + (SmallRateLimits.USER - 1), person.header("RateLimit").replaceFirst(";t=.*", ""));
    }

    @Test
    void aPersonIsLimitedByTheirOwnSubjectOnly() {
        for (int i = 0; i < SmallRateLimits.USER; i++) {
            Api.as(personToken("nguoi.dung.b")).get(UNIT).then().statusCode(200);
        }
        Response refused = Api.as(personToken("nguoi.dung.b")).get(UNIT);
        refused.then().statusCode(429).contentType("application/problem+json").header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("type", equalTo("urn:sangkien:problem:rate-limit"));
        assertTrue(refused.header("RateLimit").startsWith("\"user\";r=0;t="), refused.header("RateLimit"));
        // A person's client (the web app, azp) is not what counts: another person of the same app goes on.
        Api.as(personToken("nguoi.dung.c")).get(UNIT).then().statusCode(200).header("RateLimit", containsString("\"user\";r="));
    }

    @Test
    void aRefusedTokenOrRoleIsNotCounted() {
        // A token the backend does not trust names no caller: 401, and nothing is counted for the client it claims.
        String forged = Tokens.claims("service-account-forged", Roles.REPORTER, null).claim("azp", "forged").issuer("https://elsewhere.example.com")
                .sign("privateKey.jwk");
        for (int i = 0; i < SmallRateLimits.CLIENT + 1; i++) {
            Response response = Api.as(forged).get(UNIT);
            assertEquals(401, response.statusCode(), response.asString());
            assertEquals(null, response.header("RateLimit"));
        }
        // Nor is a call the roles' check refuses (403): the filter runs after it.
        Response noRole = Api.as(Tokens.claims("service-account-forged", "offline_access", null).claim("azp", "forged")
                .sign("privateKey.jwk")).get(UNIT);
        assertEquals(403, noRole.statusCode(), noRole.asString());
        assertEquals(null, noRole.header("RateLimit"));
        Response real = Api.as(clientToken("forged")).get(UNIT);
        assertEquals(200, real.statusCode(), real.asString());
        assertEquals("\"client\";r=" + (SmallRateLimits.CLIENT - 1), real.header("RateLimit").replaceFirst(";t=.*", ""));
    }
}
