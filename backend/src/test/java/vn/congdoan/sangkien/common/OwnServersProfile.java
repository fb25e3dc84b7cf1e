package vn.congdoan.sangkien.common;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import java.util.List;

/**
 * For tests that stop a server under the running backend: a PostgreSQL of their own (restartable, see
 * {@link RestartablePostgresResource}) and an OIDC server of their own, so the other tests' servers are never stopped.
 * Tests with this profile share one backend; each starts again whatever it stopped.
 */
public class OwnServersProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OidcWiremockTestResource.class),
                new TestResourceEntry(RestartablePostgresResource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
