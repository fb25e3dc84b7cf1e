package vn.congdoan.sangkien.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The production realm (docker-compose.yml) must carry no demo people, demo secrets or make run's addresses, and must
 * otherwise be the demo realm that `make run` and the tests use: `make realm` regenerates it from
 * keycloak/realm-sangkien.json.
 */
class RealmFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REGENERATE = ": run `make realm` and commit keycloak/realm-sangkien-production.json";
    private static final String PUBLIC_URL = "${PUBLIC_URL}";

    private final JsonNode demo = read("realm-sangkien.json");
    private final JsonNode production = read("realm-sangkien-production.json");

    @Test
    void productionHasNoPeopleOnlyServiceAccounts() {
        for (JsonNode user : production.path("users")) {
            assertTrue(user.hasNonNull("serviceAccountClientId"),
                    "production realm has the user " + user.path("username").asText() + REGENERATE);
            assertFalse(user.has("credentials"), user.path("username").asText() + " has credentials in the production realm");
        }
        assertEquals(serviceAccounts(demo), production.path("users"), "service-account users differ" + REGENERATE);
    }

    /** Keycloak 26 resolves ${NAME} from the environment at import; ${env.NAME} it would keep as the secret itself. */
    @Test
    void productionSecretsComeFromTheEnvironment() {
        assertEquals("${REPORTING_CLIENT_SECRET}", client(production, "reporting").path("secret").asText());
        for (JsonNode client : production.path("clients")) {
            if (client.has("secret")) {
                assertTrue(client.path("secret").asText().matches("\\$\\{[A-Z0-9_]+}"),
                        "client " + client.path("clientId").asText() + " has a literal secret in the production realm");
            }
        }
    }

    /** Browsers reach the web app and Swagger UI at PUBLIC_URL (nginx), read from the environment at import. */
    @Test
    void productionAddressesComeFromTheEnvironment() throws IOException {
        String file = Files.readString(Path.of("..", "keycloak", "realm-sangkien-production.json"));
        for (String local : List.of("localhost", "127.0.0.1", ":5173", ":8080", "${env.")) {
            assertFalse(file.contains(local), "the production realm names " + local + REGENERATE);
        }
        for (String clientId : List.of("web", "swagger-ui")) {
            JsonNode client = client(production, clientId);
            JsonNode demoClient = client(demo, clientId);
            assertEquals(PUBLIC_URL, client.path("rootUrl").asText(), clientId + " rootUrl" + REGENERATE);
            assertTrue(client.path("baseUrl").asText().startsWith("/"), clientId + " baseUrl is a path under rootUrl");
            assertEquals(List.of(PUBLIC_URL), texts(client.path("webOrigins")), clientId + " webOrigins" + REGENERATE);
            // The demo's paths, each under the public origin.
            List<String> redirects = texts(client.path("redirectUris"));
            assertFalse(redirects.isEmpty());
            for (String demoRedirect : texts(demoClient.path("redirectUris"))) {
                assertTrue(redirects.contains(PUBLIC_URL + demoRedirect.replaceFirst("^https?://[^/]+", "")),
                        clientId + " does not accept " + demoRedirect + " under PUBLIC_URL" + REGENERATE);
            }
            for (String logout : client.path("attributes").path("post.logout.redirect.uris").asText().split("##")) {
                assertTrue(logout.startsWith(PUBLIC_URL + "/"), clientId + " post-logout redirect " + logout + REGENERATE);
            }
            redirects.forEach(uri -> assertTrue(uri.startsWith(PUBLIC_URL + "/"), clientId + " redirects to " + uri));
        }
    }

    @Test
    void bothRealmsAgreeOnRolesClientsAndSettings() {
        assertEquals(demo.path("roles"), production.path("roles"), "realm roles differ" + REGENERATE);
        assertEquals(withoutSecretsOrAddresses(demo.path("clients")), withoutSecretsOrAddresses(production.path("clients")),
                "clients differ" + REGENERATE);
        ObjectNode demoSettings = demo.deepCopy();
        ObjectNode productionSettings = production.deepCopy();
        for (ObjectNode realm : List.of(demoSettings, productionSettings)) {
            realm.remove(List.of("users", "clients"));
        }
        assertEquals(demoSettings, productionSettings, "realm settings differ" + REGENERATE);
    }

    /** scripts/stack-test.mjs tries the real Keycloak; this names the setting that fails when someone edits the file. */
    @Test
    void noClientTakesPasswordsAndGuessingLocksTheAccount() {
        client(demo, "admin-cli"); // Keycloak creates it with the password grant on unless the file lists it
        for (JsonNode client : demo.path("clients")) {
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(true),
                    "client " + client.path("clientId").asText() + " must not accept the password grant");
        }
        assertTrue(demo.path("bruteForceProtected").asBoolean());
        assertFalse(demo.path("permanentLockout").asBoolean(true), "a permanent lockout lets anyone lock anyone out for good");
        int failures = demo.path("failureFactor").asInt();
        assertTrue(failures >= 3 && failures <= 10, "lock after a handful of wrong passwords, not " + failures);
        assertTrue(demo.path("waitIncrementSeconds").asInt() >= 60, "each lockout lasts at least a minute");
        assertTrue(demo.path("maxFailureWaitSeconds").asInt() >= demo.path("waitIncrementSeconds").asInt());
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    /** The clients as the two realms share them: secrets and addresses are the production realm's own. */
    private static JsonNode withoutSecretsOrAddresses(JsonNode clients) {
        JsonNode copy = clients.deepCopy();
        copy.forEach(client -> {
            ((ObjectNode) client).remove(List.of("secret", "rootUrl", "baseUrl", "redirectUris", "webOrigins"));
            if (client.path("attributes") instanceof ObjectNode attributes) {
                attributes.remove("post.logout.redirect.uris");
            }
        });
        return copy;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static JsonNode serviceAccounts(JsonNode realm) {
        List<JsonNode> accounts = new ArrayList<>();
        realm.path("users").forEach(user -> {
            if (user.hasNonNull("serviceAccountClientId")) {
                accounts.add(user);
            }
        });
        return JSON.valueToTree(accounts);
    }

    private static JsonNode read(String file) {
        try {
            return JSON.readTree(Path.of("..", "keycloak", file).toFile());
        } catch (IOException e) {
            throw new AssertionError("cannot read keycloak/" + file + REGENERATE, e);
        }
    }
}
