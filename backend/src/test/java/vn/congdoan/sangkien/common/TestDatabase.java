package vn.congdoan.sangkien.common;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Registers the embedded PostgreSQL and the OIDC server (WireMock publishing the test signing key) for every @QuarkusTest. */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class TestDatabase {

    private TestDatabase() {
    }
}
