package vn.congdoan.sangkien.common;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.util.List;
import java.util.Map;

/**
 * Real signed JWTs shaped like Keycloak's (realm_access.roles, unit_code, preferred_username), signed with the key
 * whose public half the OIDC WireMock server publishes as JWKS — the backend verifies them exactly as it does Keycloak's.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "sangkien-api";

    private Tokens() {
    }

    public static String of(String username, String role, String unitCode) {
        return claims(username, role, unitCode).sign("privateKey.jwk");
    }

    public static JwtClaimsBuilder claims(String username, String role, String unitCode) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER).audience(AUDIENCE).subject(username)
                .preferredUserName(username).claim("name", username)
                .claim("realm_access", Map.of("roles", List.of(role)))
                .expiresIn(300);
        return unitCode == null ? claims : claims.claim("unit_code", unitCode);
    }

    public static String admin() {
        return of("admin.test", "admin", "TLD");
    }
}
