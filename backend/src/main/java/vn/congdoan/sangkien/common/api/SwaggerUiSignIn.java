package vn.congdoan.sangkien.common.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Where Swagger UI signs in: the served contract's OpenID Connect scheme names Keycloak's discovery address as
 * browsers reach it, which differs per deployment (KC_HOSTNAME in production). Quarkus fixes
 * {@code quarkus.smallrye-openapi.oidc-open-id-connect-url} at build time, which keeps the committed openapi.yaml the
 * same everywhere; this filter puts {@code sangkien.openapi.oidc-discovery-url} of the running deployment into the
 * contract when the application starts.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class SwaggerUiSignIn implements OASFilter {

    private final String discoveryUrl;

    public SwaggerUiSignIn() {
        this(ConfigProvider.getConfig().getValue("sangkien.openapi.oidc-discovery-url", String.class));
    }

    SwaggerUiSignIn(String discoveryUrl) {
        this.discoveryUrl = discoveryUrl;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null) {
            return;
        }
        openAPI.getComponents().getSecuritySchemes().values().stream()
                .filter(scheme -> scheme.getType() == SecurityScheme.Type.OPENIDCONNECT)
                .forEach(scheme -> scheme.setOpenIdConnectUrl(discoveryUrl));
    }
}
