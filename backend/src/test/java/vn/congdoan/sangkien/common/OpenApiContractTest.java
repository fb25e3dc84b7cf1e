package vn.congdoan.sangkien.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import vn.congdoan.sangkien.initiative.attachment.ContentSniffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed contract (root openapi.yaml) must be what the running code serves (`make openapi` regenerates it),
 * and complete enough for integrators and the SPA's generated types: every operation with a summary, a tag, schemas
 * for what it takes and returns, and examples.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Set<String> WRITES = Set.of("post", "put", "patch");

    private JsonNode contract;

    @BeforeEach
    void readContract() throws Exception {
        contract = new ObjectMapper().readTree(
                given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().asString());
    }

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
        List<String> missing = new ArrayList<>();
        eachOperation((name, operation) -> {
            if (!operation.hasNonNull("summary")) {
                missing.add(name + " has no summary");
            }
            if (!operation.path("tags").isArray() || operation.path("tags").isEmpty()) {
                missing.add(name + " has no tag");
            }
        });
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    /** A download is sent as the type recognised at upload: the contract names each of those types, not octet-stream. */
    @Test
    void attachmentDownloadDocumentsEveryAcceptedFileType() {
        JsonNode content = contract.path("paths").path("/api/v1/initiatives/{id}/attachments/{attachmentId}").path("get")
                .path("responses").path("200").path("content");
        Set<String> documented = new java.util.TreeSet<>();
        content.fieldNames().forEachRemaining(documented::add);
        Set<String> sent = new java.util.TreeSet<>();
        for (ContentSniffer.FileType type : ContentSniffer.FileType.values()) {
            sent.add(type.mediaType);
        }
        assertEquals(sent, documented, "the download's documented content types");
    }

    /** A success that carries a body says what the body is; only 204 (and redirects) have none. */
    @Test
    void everySuccessWithABodyHasASchema() {
        List<String> missing = new ArrayList<>();
        eachOperation((name, operation) -> operation.path("responses").fields().forEachRemaining(response -> {
            String status = response.getKey();
            if (!status.startsWith("2") || status.equals("204")) {
                return;
            }
            JsonNode content = response.getValue().path("content");
            if (content.isEmpty()) {
                missing.add(name + " → " + status + " has no content (schema)");
            }
            content.fields().forEachRemaining(media -> {
                if (!media.getValue().has("schema")) {
                    missing.add(name + " → " + status + " " + media.getKey() + " has no schema");
                }
            });
        }));
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    /** Every write takes a body with a schema; a JSON body shows an example (its own or its schema's). */
    @Test
    void everyRequestBodyHasASchemaAndAnExample() {
        List<String> missing = new ArrayList<>();
        eachOperation((name, operation) -> {
            JsonNode content = operation.path("requestBody").path("content");
            if (WRITES.contains(name.substring(0, name.indexOf(' ')).toLowerCase()) && content.isEmpty()) {
                missing.add(name + " has no request body");
            }
            content.fields().forEachRemaining(media -> {
                JsonNode body = media.getValue();
                if (!body.has("schema")) {
                    missing.add(name + " " + media.getKey() + " body has no schema");
                } else if (media.getKey().contains("json") && !body.has("example") && !body.has("examples")
                        && !hasExample(resolve(body.get("schema")))) {
                    missing.add(name + " " + media.getKey() + " body has no example");
                }
            });
        });
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    /** Every object in the contract shows an example: of itself, or of its fields. Enumerations show their values. */
    @Test
    void everyComponentSchemaHasAnExample() {
        List<String> missing = new ArrayList<>();
        contract.path("components").path("schemas").fields().forEachRemaining(schema -> {
            if (!hasExample(schema.getValue())) {
                missing.add("components.schemas." + schema.getKey() + " has no example");
            }
        });
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    /** Fair use: every operation may answer 429, with the problem, Retry-After and the RateLimit headers. */
    @Test
    void everyOperationDocumentsTooManyRequests() {
        List<String> missing = new ArrayList<>();
        eachOperation((name, operation) -> {
            if (!"#/components/responses/TooManyRequests".equals(operation.path("responses").path("429").path("$ref").asText())) {
                missing.add(name + " does not document 429 (ProblemResponses.Secured or .Unauthorized)");
            }
        });
        JsonNode tooMany = contract.path("components").path("responses").path("TooManyRequests");
        for (String header : List.of("Retry-After", "RateLimit-Policy", "RateLimit")) {
            if (!tooMany.path("headers").has(header)) {
                missing.add("components.responses.TooManyRequests has no " + header + " header");
            }
        }
        if (!tooMany.path("content").has("application/problem+json")) {
            missing.add("components.responses.TooManyRequests is no problem");
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    private void eachOperation(BiConsumer<String, JsonNode> check) {
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (operation.getValue().has("responses")) {
                check.accept(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
            }
        }));
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/") ? contract.at(ref.substring(1)) : schema;
    }

    private static boolean hasExample(JsonNode schema) {
        if (schema.has("example") || schema.has("examples") || schema.has("enum")) {
            return true;
        }
        for (Map.Entry<String, JsonNode> property : (Iterable<Map.Entry<String, JsonNode>>) schema.path("properties")::fields) {
            if (property.getValue().has("example") || property.getValue().has("examples")) {
                return true;
            }
        }
        // A scalar with a format (a date, a file) is its own example; an object without one is not.
        return !schema.has("properties") && !"object".equals(schema.path("type").asText()) && schema.has("type");
    }
}
