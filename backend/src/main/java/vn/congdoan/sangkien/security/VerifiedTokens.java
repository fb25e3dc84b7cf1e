package vn.congdoan.sangkien.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;

/**
 * Remembers the identities of bearer tokens that quarkus-oidc has verified, so that the same token sent again is not
 * verified again: checking the RSA signature and parsing the token were a third of the CPU of a cheap request.
 * quarkus-oidc caches only introspection and UserInfo answers, not locally verified JWTs, hence this small bridge over
 * the security SPI (a provider tried before quarkus-oidc's, an augmentor that records what quarkus-oidc accepted).
 * <p>
 * The key is the whole token, so a token changed in any byte is verified in full. An entry lives until the token
 * expires and at most {@code sangkien.security.verified-token-max-age}, which bounds how long a token signed with a
 * key Keycloak has since withdrawn is still accepted.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest>, SecurityIdentityAugmentor {

    /** Set by quarkus-oidc on the identities it creates: the token's expiry in epoch seconds. */
    private static final String EXPIRES_AT = "quarkus.identity.expire-time";
    private static final String[] REQUEST_ATTRIBUTES = {RoutingContext.class.getName(), HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE};

    private final Cache<String, SecurityIdentity> verified;

    public VerifiedTokens(@ConfigProperty(name = "sangkien.security.verified-token-max-age", defaultValue = "PT2M") Duration maxAge,
                          @ConfigProperty(name = "sangkien.security.verified-token-max-entries", defaultValue = "10000") long maxEntries) {
        this.verified = Caffeine.newBuilder().expireAfterWrite(maxAge).maximumSize(maxEntries).build();
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /**
     * As a provider: before quarkus-oidc's, which keeps the default priority; a miss (null) hands the token on to it.
     * As an augmentor the same number: the application has no other augmentor whose work the stored identity could miss.
     */
    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!(request.getToken() instanceof AccessTokenCredential)) {
            return Uni.createFrom().nullItem();
        }
        String token = request.getToken().getToken();
        SecurityIdentity known = verified.getIfPresent(token);
        if (known == null) {
            return Uni.createFrom().nullItem();
        }
        if (expired(known)) {
            verified.invalidate(token);
            return Uni.createFrom().nullItem();
        }
        RoutingContext routingContext = HttpSecurityUtils.getRoutingContextAttribute(request);
        return Uni.createFrom().item(withRequestAttributes(known, routingContext));
    }

    /** Runs after every provider: records identities quarkus-oidc built from a verified JWT. */
    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential != null && !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken
                && identity.getAttribute(EXPIRES_AT) instanceof Long && !expired(identity)) {
            // Stored without the request it came with, which must not be kept alive or handed to the next one; the copy
            // is made only for a token not yet remembered (a remembered one passes through here on every request).
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
