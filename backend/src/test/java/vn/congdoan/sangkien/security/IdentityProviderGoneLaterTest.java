package vn.congdoan.sangkien.security;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.OwnServersProfile;
import vn.congdoan.sangkien.common.Tokens;

import static org.hamcrest.Matchers.equalTo;

/**
 * Keycloak goes down after the backend fetched its signing keys: tokens already issued keep working, a token the
 * backend has never seen included (it is checked with the keys it holds), as the README says.
 */
@QuarkusTest
@TestProfile(OwnServersProfile.class)
class IdentityProviderGoneLaterTest {

    @OidcWireMock
    WireMockServer keycloak;

    @Test
    void tokensAlreadyIssuedKeepWorkingWhileKeycloakIsDown() {
        String seen = Tokens.of("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT");
        String unseen = Tokens.of("cb.sinho", Roles.UNIT_OFFICER, "LCH-SH"); // issued before Keycloak went down
        Api.as(seen).get("/api/v1/me").then().statusCode(200);

        keycloak.stop();
        try {
            Api.as(seen).get("/api/v1/me").then().statusCode(200).body("unit.code", equalTo("LCH-PT"));
            Api.as(unseen).get("/api/v1/me").then().statusCode(200).body("unit.code", equalTo("LCH-SH"));
            Api.as(unseen).get("/api/v1/units/LCH-SH").then().statusCode(200);
        } finally {
            keycloak.start();
        }
    }
}
