package vn.congdoan.sangkien.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Holds every response a test receives to the committed contract (root openapi.yaml): its status must be declared
 * for the operation, its media type too, and a JSON body must fit the declared schema (JSON Schema 2020-12 with the
 * OpenAPI 3.1 dialect). A response that does not fails the request at once. Remembers which operations answered 2xx
 * with such a response, so a test can require that every operation did.
 */
public final class ContractResponses implements Filter {

    public static final ContractResponses INSTANCE = new ContractResponses(Path.of("..", "openapi.yaml"));

    private record Operation(String key, String method, Pattern path, int templates, JsonNode node) {
    }

    private final URI file;
    private final JsonNode document;
    private final List<Operation> operations = new ArrayList<>();
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final Set<String> answered = ConcurrentHashMap.newKeySet();

    private ContractResponses(Path contract) {
        file = contract.toAbsolutePath().normalize().toUri();
        try {
            document = new YAMLMapper().readTree(contract.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The validator reads the contract from memory: it fetches no file or URL by itself.
        registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(), b -> b.schemas(Map.of(file.toString(), document.toString())));
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String template = path.getKey();
            String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            operations.add(new Operation(op.getKey().toUpperCase() + " " + template, op.getKey().toUpperCase(),
                    Pattern.compile(regex), template.split("\\{").length - 1, op.getValue()));
        }));
    }

    /** Checks the responses of every request that follows, until {@link #stop()}. */
    public static void start() {
        RestAssured.filters(INSTANCE);
    }

    public static void stop() {
        RestAssured.replaceFiltersWith(RestAssured.filters().stream().filter(f -> f != INSTANCE).toList());
    }

    /** Operations of the contract that have not yet answered 2xx with a response that fits it. */
    public Set<String> notYetAnswered() {
        Set<String> missing = new TreeSet<>(operations.stream().map(Operation::key).toList());
        missing.removeAll(answered);
        return missing;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        String path = URI.create(request.getURI()).getPath();
        // The most literal template wins: /initiatives/similar before /initiatives/{id}.
        Optional<Operation> operation = operations.stream()
                .filter(o -> o.method().equals(request.getMethod()) && o.path().matcher(path).matches())
                .min(Comparator.comparingInt(Operation::templates));
        if (operation.isEmpty()) {
            return response; // not part of the API's contract (/q/openapi and the like)
        }
        List<String> problems = check(operation.get(), response);
        if (!problems.isEmpty()) {
            throw new AssertionError(request.getMethod() + " " + path + " → " + response.statusCode()
                    + " breaks openapi.yaml (" + operation.get().key() + "):\n  " + String.join("\n  ", problems)
                    + "\nbody: " + abbreviate(response.asString()));
        }
        if (response.statusCode() / 100 == 2) {
            answered.add(operation.get().key());
        }
        return response;
    }

    private List<String> check(Operation operation, Response response) {
        String status = String.valueOf(response.statusCode());
        JsonNode declared = operation.node().path("responses").path(status);
        if (declared.has("$ref")) { // a shared answer (components.responses: 429)
            declared = document.at(declared.get("$ref").asText().substring(1));
        }
        if (declared.isMissingNode()) {
            return List.of("status " + status + " is not declared");
        }
        String body = response.asString();
        if (declared.path("content").isEmpty() && body.isEmpty()) {
            return List.of();
        }
        String mediaType = response.contentType() == null ? "" : response.contentType().split(";")[0].strip();
        // The exact type, else a range that holds it (a file is served with the type it was stored with: */*).
        JsonNode media = declared.path("content");
        JsonNode content = Stream.of(mediaType, mediaType.replaceFirst("/.*", "/*"), "*/*")
                .map(media::path).filter(c -> !c.isMissingNode()).findFirst().orElse(media.path(mediaType));
        if (content.isMissingNode()) {
            return List.of("media type '" + mediaType + "' is not declared for " + status);
        }
        if (!mediaType.endsWith("json")) {
            return List.of(); // CSV, XLSX and files: the media type is what the contract says of them
        }
        String key = operation.key() + " " + status + " " + mediaType;
        Schema schema = schemas.computeIfAbsent(key, k -> registry.getSchema(
                content.path("schema").toString().replace("\"#/components/", "\"" + file + "#/components/"), InputFormat.JSON));
        return schema.validate(body, InputFormat.JSON).stream()
                .map(e -> e.getInstanceLocation() + " = " + abbreviate(String.valueOf(e.getInstanceNode()))
                        + ": breaks " + e.getKeyword() + " at " + e.getSchemaLocation())
                .distinct().toList();
    }

    private static String abbreviate(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
    }
}
