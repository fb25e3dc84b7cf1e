package vn.congdoan.sangkien.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The integrator's guide's example (docs/integration.md), run by the tests as written: a mirror of the initiative
 * register kept by the change feed, with the JDK's HTTP client and Jackson only. Keep {@code since} between runs (a
 * file, a table) and call {@link #catchUp()} every few minutes.
 */
public final class RegisterMirror {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String changesUrl;
    private final Supplier<String> token;

    /** id → the register row as the API sent it. */
    public final Map<Long, JsonNode> rows = new TreeMap<>();
    /** The next call's sync token: empty for the first, full pull. */
    public String since = "";
    public int calls;

    /**
     * {@code baseUrl} e.g. "https://sangkien.example.vn"; {@code root} a unit's code or null (the whole programme);
     * {@code pageSize} up to 10000 rows a call; {@code token} gives a valid access token (client credentials).
     */
    public RegisterMirror(String baseUrl, String program, String root, int pageSize, Supplier<String> token) {
        this.changesUrl = baseUrl + "/api/v1/reports/initiatives/changes?size=" + pageSize + "&program=" + program
                + (root == null ? "" : "&root=" + root);
        this.token = token;
    }

    /** Pulls until the feed says it is caught up; every change since the last call is in {@link #rows} then. */
    public void catchUp() throws IOException, InterruptedException {
        boolean more = true;
        while (more) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(changesUrl + "&since=" + URLEncoder.encode(since, StandardCharsets.UTF_8)))
                    .header("Authorization", "Bearer " + token.get()).header("Accept", "application/json").build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 429 || response.statusCode() >= 500) {
                // Too many calls or a passing failure: wait as told (or a little), then ask the same again.
                long seconds = response.headers().firstValueAsLong("Retry-After").orElse(5);
                Thread.sleep(seconds * 1000);
                continue;
            }
            if (response.statusCode() != 200) {
                throw new IOException("register changes: " + response.statusCode() + " " + response.body());
            }
            JsonNode page = json.readTree(response.body());
            calls++;
            for (JsonNode removed : page.path("removed")) {
                rows.remove(Long.parseLong(removed.path("id").asText()));   // deleted dossiers first
            }
            for (JsonNode item : page.path("items")) {
                rows.put(item.path("id").asLong(), item);                   // then new and changed ones, by id
            }
            since = page.path("next").asText();                             // save it with the rows, in one go
            more = page.path("more").asBoolean();
        }
    }
}
