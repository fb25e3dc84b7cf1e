package vn.congdoan.sangkien.common.api;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.congdoan.sangkien.common.error.Problem;

/**
 * Requests without a token (health, metrics, the contract, Swagger UI, and any /api call that will get its 401) are
 * limited per client address, so that nobody can flood the sign-in-free part; a signed-in user is never limited here.
 * Buckets are per instance: behind N instances a client gets up to N times the rate (said in the README). Behind a
 * proxy the client's address comes from X-Forwarded-For once quarkus.http.proxy.* trusts that proxy.
 */
@ApplicationScoped
public class AnonymousRateLimit {

    private final boolean enabled;
    private final int perMinute;
    private final RouteProblems problems;
    private final TokenBuckets buckets = new TokenBuckets("anonymous");

    public AnonymousRateLimit(RateLimits limits, RouteProblems problems) {
        this.enabled = limits.enabled();
        this.perMinute = limits.anonymousPerMinute();
        this.problems = problems;
    }

    void install(@Observes Router router) {
        if (enabled) {
            router.route().order(Integer.MIN_VALUE + 1).handler(this::limit);
        }
    }

    private void limit(RoutingContext context) {
        // A browser's CORS preflight never carries the token of the call it asks about: it is not counted.
        if (context.request().headers().contains(HttpHeaders.AUTHORIZATION) || context.request().method() == HttpMethod.OPTIONS) {
            context.next();
            return;
        }
        String client = context.request().remoteAddress() == null ? "unknown" : context.request().remoteAddress().hostAddress();
        TokenBuckets.Verdict verdict = buckets.take(client, perMinute);
        verdict.headers(context.response()::putHeader);
        if (verdict.allowed()) {
            context.next();
            return;
        }
        problems.send(context, Problem.of("http.429", 429, context.request().path(), perMinute));
    }
}
