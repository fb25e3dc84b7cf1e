package vn.congdoan.sangkien.common;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * In production Swagger UI signs in at Keycloak's public address, KC_HOSTNAME, although the committed contract (and a
 * deployment without KC_HOSTNAME, OpenApiContractTest) names make run's Keycloak.
 */
@QuarkusTest
@TestProfile(SwaggerUiSignInTest.Production.class)
class SwaggerUiSignInTest {

    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("KC_HOSTNAME", "https://id.sangkien.example.vn");
        }
    }

    @Test
    void theServedContractNamesKeycloaksPublicDiscoveryAddress() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.keycloak.type", equalTo("openIdConnect"))
                .body("components.securitySchemes.keycloak.openIdConnectUrl",
                        equalTo("https://id.sangkien.example.vn/realms/sangkien/.well-known/openid-configuration"));
    }
}
