package vn.congdoan.sangkien.me;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Tokens;
import vn.congdoan.sangkien.security.Roles;

import static org.hamcrest.Matchers.equalTo;

/** The name the app shows in its header: Vietnamese order, family name first, whatever order Keycloak's "name" has. */
@QuarkusTest
class MeResourceTest {

    private static String token(String given, String family, String name) {
        var claims = Tokens.claims("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").claim("name", name);
        if (given != null) claims.claim("given_name", given);
        if (family != null) claims.claim("family_name", family);
        return claims.sign("privateKey.jwk");
    }

    @Test
    void theFamilyNameComesFirst() {
        Api.as(token("Minh", "Lò Văn", "Minh Lò Văn")).get("/api/v1/me").then().statusCode(200)
                .body("name", equalTo("Lò Văn Minh")).body("username", equalTo("cb.phongtho"));
        Api.as(token(" Lan ", "Nguyễn Thị", "Lan Nguyễn Thị")).get("/api/v1/me").then().statusCode(200)
                .body("name", equalTo("Nguyễn Thị Lan"));
    }

    @Test
    void aPersonWithOnlyOneNamePartIsCalledByIt() {
        Api.as(token("Sùng", null, "Sùng")).get("/api/v1/me").then().statusCode(200).body("name", equalTo("Sùng"));
        Api.as(token(null, "Giàng", "Giàng")).get("/api/v1/me").then().statusCode(200).body("name", equalTo("Giàng"));
    }

    @Test
    void anAccountWithoutNamePartsKeepsItsNameOrUsername() {
        Api.as(token(null, null, "Hệ thống báo cáo")).get("/api/v1/me").then().statusCode(200)
                .body("name", equalTo("Hệ thống báo cáo"));
        String bare = Tokens.claims("service-account-reporting", Roles.REPORTER, null).claim("name", "").sign("privateKey.jwk");
        Api.as(bare).get("/api/v1/me").then().statusCode(200).body("name", equalTo("service-account-reporting"));
    }
}
