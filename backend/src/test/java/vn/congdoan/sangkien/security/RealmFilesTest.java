package vn.congdoan.sangkien.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The production realm (docker-compose.yml) must carry no demo people or demo secrets, and must otherwise be the demo
 * realm that `make run` and the tests use: `make realm` regenerates it from keycloak/realm-sangkien.json.
 */
class RealmFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REGENERATE = ": run `make realm` and commit keycloak/realm-sangkien-production.json";

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

    @Test
    void productionSecretsComeFromTheEnvironment() {
        assertEquals("${env.REPORTING_CLIENT_SECRET}", client(production, "reporting").path("secret").asText());
        for (JsonNode client : production.path("clients")) {
            if (client.has("secret")) {
                assertTrue(client.path("secret").asText().matches("\\$\\{env\\.[A-Z0-9_]+}"),
                        "client " + client.path("clientId").asText() + " has a literal secret in the production realm");
            }
        }
    }

    @Test
    void bothRealmsAgreeOnRolesClientsAndSettings() {
        assertEquals(demo.path("roles"), production.path("roles"), "realm roles differ" + REGENERATE);
        assertEquals(withoutSecrets(demo.path("clients")), withoutSecrets(production.path("clients")), "clients differ" + REGENERATE);
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

    private static JsonNode withoutSecrets(JsonNode clients) {
        JsonNode copy = clients.deepCopy();
        copy.forEach(client -> ((ObjectNode) client).remove("secret"));
        return copy;
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
