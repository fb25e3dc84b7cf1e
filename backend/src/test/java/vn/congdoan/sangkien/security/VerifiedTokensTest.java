package vn.congdoan.sangkien.security;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Tokens;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A verified token is not verified again, but the cache never accepts what quarkus-oidc would refuse. */
@QuarkusTest
class VerifiedTokensTest {

    private static final String ME = "/api/v1/me";

    @Inject
    VerifiedTokens verifiedTokens;

    @Test
    void aVerifiedTokenIsRememberedAndServesTheSameCaller() {
        String token = Tokens.of("cb.cache1", Roles.UNIT_OFFICER, "LCH-PT");
        assertFalse(verifiedTokens.remembers(token));
        Api.as(token).get(ME).then().statusCode(200).body("username", equalTo("cb.cache1")).body("unit.code", equalTo("LCH-PT"));
        assertTrue(verifiedTokens.remembers(token));
        Api.as(token).get(ME).then().statusCode(200).body("username", equalTo("cb.cache1")).body("unit.code", equalTo("LCH-PT"))
                .body("roles", equalTo(java.util.List.of(Roles.UNIT_OFFICER)));
    }

    @Test
    void twoCallersWithTokensInTheCacheStayApart() {
        String officer = Tokens.of("cb.cache2", Roles.UNIT_OFFICER, "LCH-PT");
        String admin = Tokens.of("admin.cache2", Roles.ADMIN, "TLD");
        for (int round = 0; round < 2; round++) {
            Api.as(officer).get(ME).then().statusCode(200).body("username", equalTo("cb.cache2"));
            Api.as(admin).get(ME).then().statusCode(200).body("username", equalTo("admin.cache2"));
            Api.as(officer).get("/api/v1/programs/1TRIEU-SK/quotas?unit=TLD").then().statusCode(404);
            Api.as(admin).get("/api/v1/programs/1TRIEU-SK/quotas?unit=TLD").then().statusCode(200);
        }
    }

    @Test
    void aRememberedTokenIsRefusedOnceItExpires() throws InterruptedException {
        String token = Tokens.claims("cb.cache3", Roles.UNIT_OFFICER, "LCH-PT").expiresIn(2).sign("privateKey.jwk");
        Api.as(token).get(ME).then().statusCode(200);
        assertTrue(verifiedTokens.remembers(token));
        Thread.sleep(3_500);
        Api.as(token).get(ME).then().statusCode(401).contentType("application/problem+json");
        assertFalse(verifiedTokens.remembers(token));
    }

    @Test
    void aForgedCopyOfARememberedTokenIsStillVerified() {
        String token = Tokens.of("cb.cache4", Roles.UNIT_OFFICER, "LCH-PT");
        Api.as(token).get(ME).then().statusCode(200);
        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                .replace(Roles.UNIT_OFFICER, Roles.ADMIN);
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
        Api.as(forged).get(ME).then().statusCode(401);
        assertFalse(verifiedTokens.remembers(forged));
    }
}
