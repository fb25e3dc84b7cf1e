package vn.congdoan.sangkien.common;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Registers the embedded PostgreSQL, the OIDC server (WireMock publishing the test signing key) and the SMTP server
 * (GreenMail) for every @QuarkusTest.
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(SmtpServerResource.class)
public final class TestDatabase {

    private TestDatabase() {
    }
}
