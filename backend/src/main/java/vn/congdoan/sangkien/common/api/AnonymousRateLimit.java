package vn.congdoan.sangkien.common.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.congdoan.sangkien.common.error.Problem;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Requests without a token (health, metrics, the contract, Swagger UI, and any /api call that will get its 401) are
 * limited per client address, so that nobody can flood the sign-in-free part; a signed-in user is never limited here.
 * Buckets are per instance: behind N instances a client gets up to N times the rate (said in the README). Behind a
 * proxy the client's address comes from X-Forwarded-For once quarkus.http.proxy.* trusts that proxy.
 */
@ApplicationScoped
public class AnonymousRateLimit {

    private final int perMinute;
    private final RouteProblems problems;
    private final Cache<String, Bucket> buckets =
            Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();

    public AnonymousRateLimit(@ConfigProperty(name = "sangkien.rate-limit.anonymous-per-minute") int perMinute,
                              RouteProblems problems) {
        this.perMinute = perMinute;
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::limit);
    }

    private void limit(RoutingContext context) {
        // A browser's CORS preflight never carries the token of the call it asks about: it is not counted.
        if (context.request().headers().contains(HttpHeaders.AUTHORIZATION) || context.request().method() == HttpMethod.OPTIONS) {
            context.next();
            return;
        }
        String client = context.request().remoteAddress() == null ? "unknown" : context.request().remoteAddress().hostAddress();
        ConsumptionProbe probe = buckets.get(client, key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))).build())
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            context.next();
            return;
        }
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        context.response().putHeader("Retry-After", String.valueOf(retryAfter));
        problems.send(context, Problem.of("http.429", 429, context.request().path(), perMinute));
    }
}
