package vn.congdoan.sangkien.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;
import java.util.Set;

/**
 * Remembers the identities of bearer tokens that quarkus-oidc has verified, so that the same token sent again is not
 * verified again: checking the RSA signature and parsing the token were a third of the CPU of a cheap request.
 * quarkus-oidc caches only introspection and UserInfo answers, not locally verified JWTs, hence this small bridge over
 * the security SPI: an HTTP mechanism tried before quarkus-oidc's answers a remembered token straight from the
 * Authorization header (before quarkus-oidc even decodes it to tell a JWT from an opaque token, a tenth of a cheap
 * request), and an augmentor records what quarkus-oidc accepted. Anything else passes on to quarkus-oidc untouched,
 * as do the challenges of a refused request.
 * <p>
 * The key is the whole token, so a token changed in any byte is verified in full. An entry lives until the token
 * expires and at most {@code sangkien.security.verified-token-max-age}, which bounds how long a token signed with a
 * key Keycloak has since withdrawn is still accepted.
 */
@ApplicationScoped
public class VerifiedTokens implements HttpAuthenticationMechanism, SecurityIdentityAugmentor {

    /** Set by quarkus-oidc on the identities it creates: the token's expiry in epoch seconds. */
    private static final String EXPIRES_AT = "quarkus.identity.expire-time";
    private static final String BEARER = "Bearer ";
    private static final String[] REQUEST_ATTRIBUTES = {RoutingContext.class.getName(), HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE};

    private final Cache<String, SecurityIdentity> verified;

    public VerifiedTokens(@ConfigProperty(name = "sangkien.security.verified-token-max-age", defaultValue = "PT2M") Duration maxAge,
                          @ConfigProperty(name = "sangkien.security.verified-token-max-entries", defaultValue = "10000") long maxEntries) {
        this.verified = Caffeine.newBuilder().expireAfterWrite(maxAge).maximumSize(maxEntries).build();
    }

    /** Before quarkus-oidc's mechanism (priority 1001); a miss (null) hands the request on to it. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY * 2;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Uni.createFrom().nullItem();
        }
        String token = header.substring(BEARER.length()).trim();
        SecurityIdentity known = verified.getIfPresent(token);
        if (known == null) {
            return Uni.createFrom().nullItem();
        }
        if (expired(known)) {
            verified.invalidate(token);
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(withRequestAttributes(known, context));
    }

    /** Refusals are quarkus-oidc's to answer (its challenge, our problem+json). */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    /** Bearer tokens, which quarkus-oidc's provider verifies; without a provider for them this would not be asked. */
    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    /** Augmentors run highest first: this one last, so that what it remembers is the finished identity. */
    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    /** Runs after every provider: records identities quarkus-oidc built from a verified JWT. */
    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential != null && !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken
                && identity.getAttribute(EXPIRES_AT) instanceof Long && !expired(identity)) {
            // Stored without the request it came with, which must not be kept alive or handed to the next one. Only a
            // token quarkus-oidc has just verified comes here: a remembered one is answered by authenticate above.
            verified.asMap().computeIfAbsent(credential.getToken(), token -> withRequestAttributes(identity, null));
        }
        return Uni.createFrom().item(identity);
    }

    /** Whether this token's identity is remembered (for tests). */
    boolean remembers(String token) {
        return verified.getIfPresent(token) != null;
    }

    private static boolean expired(SecurityIdentity identity) {
        return identity.getAttribute(EXPIRES_AT) instanceof Long expiresAt && expiresAt <= System.currentTimeMillis() / 1000;
    }

    private static SecurityIdentity withRequestAttributes(SecurityIdentity identity, RoutingContext routingContext) {
        QuarkusSecurityIdentity.Builder copy = QuarkusSecurityIdentity.builder(identity);
        for (String name : REQUEST_ATTRIBUTES) {
            copy.addAttribute(name, routingContext);
        }
        return copy.build();
    }
}
