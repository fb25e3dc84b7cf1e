package vn.congdoan.sangkien.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import vn.congdoan.sangkien.common.api.RateLimits;
import vn.congdoan.sangkien.common.api.TokenBuckets;
import vn.congdoan.sangkien.common.error.Problem;

import java.util.Map;

/**
 * Fair use for signed-in callers (README, "Fair use"): requests a minute per caller and instance, told in RateLimit
 * headers on every answer, 429 with Retry-After beyond. An integration (a client-credentials token: Keycloak's user
 * {@code service-account-<client>}, or a {@code client_id} claim) is limited by its client id, at client-per-minute or
 * its own figure under clients."id"; a person by the token's subject, at user-per-minute, which the web app never
 * reaches at normal use. The caller comes from the verified identity only (quarkus-oidc, or VerifiedTokens for a token
 * it verified before): this runs after authentication and the roles' check, so a request refused there is not counted,
 * and one without a token is AnonymousRateLimit's.
 */
public class CallerRateLimit {

    private static final String VERDICT = CallerRateLimit.class.getName();
    private static final String SERVICE_ACCOUNT = "service-account-";

    private final CurrentIdentityAssociation identities;
    private final boolean enabled;
    private final int clientPerMinute;
    private final int userPerMinute;
    private final Map<String, Integer> perClient;
    private final TokenBuckets clients = new TokenBuckets("client");
    private final TokenBuckets users = new TokenBuckets("user");

    public CallerRateLimit(CurrentIdentityAssociation identities, RateLimits limits) {
        this.identities = identities;
        this.enabled = limits.enabled();
        this.clientPerMinute = limits.clientPerMinute();
        this.userPerMinute = limits.userPerMinute();
        this.perClient = Map.copyOf(limits.clients());
    }

    /** After authentication and authorization; the identity is already known then, so this does not wait. */
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 1)
    public Uni<Response> limit(ContainerRequestContext request) {
        if (!enabled) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous()) {
                return null;
            }
            TokenBuckets.Verdict verdict = take(identity);
            request.setProperty(VERDICT, verdict);
            if (verdict.allowed()) {
                return null;
            }
            Response.ResponseBuilder refusal = Response.status(429).type(Problem.MEDIA_TYPE).entity(Problem.of("rate-limit", 429,
                    request.getUriInfo().getRequestUri().getRawPath(), verdict.perMinute(), String.valueOf(verdict.seconds())));
            verdict.headers(refusal::header);
            return refusal.build();
        });
    }

    /** On every answer to a counted request: allowed, refused here, or an error of the operation. */
    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(VERDICT) instanceof TokenBuckets.Verdict verdict) {
            verdict.headers(response.getHeaders()::putSingle);
        }
    }

    private TokenBuckets.Verdict take(SecurityIdentity identity) {
        String client = clientId(identity);
        if (client != null) {
            return clients.take(client, perClient.getOrDefault(client, clientPerMinute));
        }
        String subject = identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null
                ? jwt.getSubject() : identity.getPrincipal().getName();
        return users.take(subject, userPerMinute);
    }

    /** The client id of a client-credentials token (no person behind it), else null. */
    static String clientId(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return null;
        }
        String username = text(jwt.getClaim("preferred_username"));
        String clientId = text(jwt.getClaim("client_id"));
        if (username != null && username.startsWith(SERVICE_ACCOUNT)) {
            String azp = text(jwt.getClaim("azp"));
            return azp != null ? azp : clientId != null ? clientId : username.substring(SERVICE_ACCOUNT.length());
        }
        return clientId;
    }

    private static String text(Object claim) {
        return claim == null || claim.toString().isBlank() ? null : claim.toString();
    }
}
