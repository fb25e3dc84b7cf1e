package vn.congdoan.sangkien.common;

import io.quarkus.test.junit.QuarkusTest;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The committed contract (root openapi.yaml) must be what the running code serves: `make openapi` regenerates it. */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void committedContractMatchesTheCode() throws Exception {
        Path committed = Path.of("..", "openapi.yaml");
        assertTrue(Files.exists(committed), "openapi.yaml is missing at the repository root: run `make openapi`");
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        // Compared as documents: the generator does not keep key order from one run to the next.
        YAMLMapper yaml = new YAMLMapper();
        assertEquals(yaml.readTree(Files.readString(committed)), yaml.readTree(served),
                "openapi.yaml differs from the code's contract: run `make openapi` and commit the result");
    }

    @Test
    void everyOperationHasASummaryAndATag() {
        String served = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().asString();
        io.restassured.path.json.JsonPath contract = io.restassured.path.json.JsonPath.from(served);
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = contract.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (operation.containsKey("responses")) {
                assertTrue(operation.get("summary") != null, method + " " + path + " has no summary");
                assertTrue(operation.get("tags") != null, method + " " + path + " has no tag");
            }
        }));
    }
}
