package vn.congdoan.sangkien.security;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Tokens;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.hamcrest.Matchers.equalTo;

/** Tokens the backend must refuse: it verifies signature, expiry, issuer and audience itself. */
@QuarkusTest
class TokenValidationTest {

    private static final String ME = "/api/v1/me";

    @Test
    void aValidTokenIsAccepted() {
        Api.as(Tokens.of("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT")).get(ME).then().statusCode(200);
    }

    @Test
    void aTamperedSignatureIsRefused() {
        String token = Tokens.of("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT");
        String[] parts = token.split("\\.");
        // Claim to be an admin, keep the original signature.
        String forged = parts[0] + "." + encode(decode(parts[1]).replace("unit_officer", "admin")) + "." + parts[2];
        refused(forged);
    }

    @Test
    void anExpiredTokenIsRefused() {
        long past = System.currentTimeMillis() / 1000 - 3600;
        refused(Tokens.claims("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").issuedAt(past - 300).expiresAt(past).sign("privateKey.jwk"));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        refused(Tokens.claims("cb.phongtho", Roles.ADMIN, "TLD").issuer("https://evil.example.com").sign("privateKey.jwk"));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        refused(Tokens.claims("cb.phongtho", Roles.ADMIN, "TLD").audience("another-api").sign("privateKey.jwk"));
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String payload = decode(Tokens.admin().split("\\.")[1]);
        refused(encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + encode(payload) + ".");
    }

    @Test
    void garbageIsRefused() {
        refused("not-a-jwt");
    }

    private static void refused(String token) {
        Api.as(token).get(ME).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("title", equalTo("Chưa đăng nhập"));
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
