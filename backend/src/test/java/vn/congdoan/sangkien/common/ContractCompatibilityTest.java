package vn.congdoan.sangkien.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract integrators rely on: openapi.yaml may grow (new operations, new optional inputs, new fields) but not
 * break what the last released contract (docs/api/openapi-released.yaml) promised. openapi-diff judges operations,
 * parameters, request bodies, types and enumerations; it lets a response field that is not "required" go, which our
 * clients would still miss, so a second check keeps every field of every released schema. A break is a new API
 * version (docs/api/CHANGELOG.md).
 */
class ContractCompatibilityTest {

    private static final Path RELEASED = Path.of("..", "docs", "api", "openapi-released.yaml");
    private static final Path CURRENT = Path.of("..", "openapi.yaml");
    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void theContractKeepsEverythingTheReleasedOnePromised() throws IOException {
        ChangedOpenApi diff = OpenApiCompare.fromLocations(RELEASED.toString(), CURRENT.toString());
        assertFalse(diff.isIncompatible(), () -> "openapi.yaml breaks the released contract:\n" + markdown(diff));
        assertEquals(List.of(), fieldsGone(YAML.readTree(RELEASED.toFile()), YAML.readTree(CURRENT.toFile())),
                "fields of the released contract's schemas that openapi.yaml no longer has");
    }

    @Test
    void aRemovedOperationIsCaught() throws IOException {
        ObjectNode broken = (ObjectNode) YAML.readTree(RELEASED.toFile());
        ((ObjectNode) broken.get("paths")).remove("/api/v1/me");
        ChangedOpenApi diff = OpenApiCompare.fromLocations(RELEASED.toString(), write(broken).toString());
        assertTrue(diff.isIncompatible(), () -> "a removed operation went unnoticed:\n" + markdown(diff));
    }

    @Test
    void aRemovedResponseFieldIsCaught() throws IOException {
        JsonNode released = YAML.readTree(RELEASED.toFile());
        ObjectNode broken = released.deepCopy();
        ((ObjectNode) broken.at("/components/schemas/ImportedInitiative/properties")).remove("receiptNumber");
        assertEquals(List.of("ImportedInitiative.receiptNumber"), fieldsGone(released, broken));
    }

    /** "Schema.field" for each property of a released schema that the current contract lacks (or the schema itself). */
    private static List<String> fieldsGone(JsonNode released, JsonNode current) {
        List<String> gone = new ArrayList<>();
        released.path("components").path("schemas").fields().forEachRemaining(schema -> {
            JsonNode now = current.path("components").path("schemas").path(schema.getKey());
            schema.getValue().path("properties").fieldNames().forEachRemaining(field -> {
                if (now.path("properties").path(field).isMissingNode()) {
                    gone.add(schema.getKey() + "." + field);
                }
            });
        });
        return gone;
    }

    private static Path write(JsonNode contract) throws IOException {
        Path file = Files.createTempFile("openapi-broken", ".yaml");
        YAML.writeValue(file.toFile(), contract);
        return file;
    }

    private static String markdown(ChangedOpenApi diff) {
        return new MarkdownRender().render(diff);
    }
}
