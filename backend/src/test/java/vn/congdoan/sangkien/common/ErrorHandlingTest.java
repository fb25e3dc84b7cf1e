package vn.congdoan.sangkien.common;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static vn.congdoan.sangkien.common.Api.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Whatever a client sends wrong comes back as a problem it can read, never as a 500. */
@QuarkusTest
class ErrorHandlingTest {

    @Test
    void malformedJsonIsA400OnTheBody() {
        asAdmin().contentType(ContentType.JSON).body("{\"code\": ").post("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body")).body("errors[0].rule", equalTo("Json"));
    }

    @Test
    void aMisspeltFieldIsRefusedNotDropped() {
        asAdmin().contentType(ContentType.JSON)
                .body("{\"code\": \"T-X\", \"nam\": \"Đơn vị\", \"type\": \"GRASSROOTS\", \"validFrom\": \"2021-09-01\"}")
                .post("/api/v1/units")
                .then().statusCode(400).body("errors.field", hasItem("nam")).body("errors.rule", hasItem("UnknownField"));
    }

    @Test
    void aWrongTypeNamesTheField() {
        asAdmin().contentType(ContentType.JSON)
                .body("{\"code\": \"T-X\", \"name\": \"Đơn vị\", \"type\": \"KHONG_CO\", \"validFrom\": \"01/09/2021\"}")
                .post("/api/v1/units")
                .then().statusCode(400).body("errors[0].rule", equalTo("Type")).body("errors[0].field", equalTo("type"));
    }

    @Test
    void updatingAnUnknownInitiativeIs404() {
        String body = Fixtures.initiativeJson("LCH-PT", "Không có", "2022-01-10").replaceFirst("\\{", "{\"version\": 0, ");
        asAdmin().contentType(ContentType.JSON).body(body).put("/api/v1/initiatives/999999999")
                .then().statusCode(404).contentType("application/problem+json").body("detailEn", containsString("999999999"));
    }

    @Test
    void wrongMediaTypeIs415() {
        asAdmin().contentType(ContentType.TEXT).body("code=1").post("/api/v1/units")
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
    }

    @Test
    void unknownPathAndMethodAreProblems() {
        asAdmin().get("/api/v1/khong-co").then().statusCode(404);
        asAdmin().delete("/api/v1/units").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void aTooLongAddressIsA414Problem() {
        String path = "/api/v1/units/" + "A".repeat(10_000);
        asAdmin().get(path).then().statusCode(414).contentType("application/problem+json")
                .body("status", equalTo(414)).body("detailEn", containsString("8,192"))
                .body("detail", containsString("8.192"));
        asAdmin().get("/api/v1/units?activeOn=2022-01-01&x=" + "b".repeat(9_000)).then().statusCode(414)
                .contentType("application/problem+json");
    }

    @Test
    void nonNumericIdIsNot500() {
        asAdmin().get("/api/v1/initiatives/abc").then().statusCode(404);
    }

    @Test
    void aBadEnumOrDateInTheQueryIsA400NamingTheParameter() {
        asAdmin().get("/api/v1/initiatives?status=BOGUS").then().statusCode(400)
                .body("errors[0].field", equalTo("status")).body("errors[0].rule", equalTo("OneOf"))
                .body("errors[0].messageEn", org.hamcrest.Matchers.containsString("VALID"));
        asAdmin().get("/api/v1/units?activeOn=31/05/2022").then().statusCode(400)
                .body("errors[0].field", equalTo("activeOn")).body("errors[0].rule", equalTo("IsoDate"));
    }

    @Test
    void swaggerUiAndMetricsAreServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(org.hamcrest.Matchers.containsString("http_server_requests"));
    }

    @Test
    void anOversizedBodyIs413() throws Exception {
        // The server refuses on the announced length, before reading the body.
        try (var socket = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
            socket.getOutputStream().write(("POST /api/v1/units HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (70 * 1024 * 1024) + "\r\n\r\n{").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream())).readLine();
            org.hamcrest.MatcherAssert.assertThat(statusLine, org.hamcrest.Matchers.containsString(" 413"));
        }
    }

    @OidcWireMock
    WireMockServer identityProvider;

    @Test
    void healthIsUpWithTheDatabaseAndTheIdentityProvider() {
        // The readiness check pings Keycloak's discovery document with HEAD, which the stub server does not answer by itself.
        identityProvider.stubFor(WireMock.head(WireMock.urlPathMatching("/auth/realms/quarkus/.*")).willReturn(WireMock.ok()));
        given().get("/q/health/ready").then().log().ifValidationFails().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", hasItem("OIDC Provider Health Check"));
    }
}
