package vn.congdoan.sangkien.common.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;
import java.util.function.BiConsumer;

/**
 * Token buckets (Bucket4j) per key, for one rate-limit policy: each key may spend its whole minute at once and gets
 * its tokens back evenly over the minute. Buckets live in this instance's memory (Caffeine; forgotten after 10 idle
 * minutes, at most 100,000 keys), so behind N instances a caller gets up to N times the rate. Used by the limit on
 * requests without a token ({@link AnonymousRateLimit}) and by the one on signed-in callers (security.CallerRateLimit).
 */
public final class TokenBuckets {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final String policy;
    private final Cache<String, Bucket> buckets =
            Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();

    /** @param policy the policy's name in the RateLimit headers, a token (letters, digits, '-') */
    public TokenBuckets(String policy) {
        this.policy = policy;
    }

    /** Takes one token from the key's bucket, made with {@code perMinute} tokens the first time the key is seen. */
    public Verdict take(String key, int perMinute) {
        ConsumptionProbe probe = buckets.get(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, WINDOW)).build())
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed()
                ? new Verdict(policy, perMinute, true, probe.getRemainingTokens(), seconds(probe.getNanosToWaitForReset()))
                : new Verdict(policy, perMinute, false, 0, Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }

    /**
     * One request's outcome. {@code seconds}: when allowed, until the bucket is full again; when refused, until the
     * next request may pass (Retry-After).
     */
    public record Verdict(String policy, int perMinute, boolean allowed, long remaining, long seconds) {

        /**
         * RateLimit-Policy and RateLimit as structured fields, per draft-ietf-httpapi-ratelimit-headers-08 (quota
         * {@code q} per window {@code w} seconds; remaining {@code r}, seconds to reset {@code t}); a refusal adds
         * Retry-After (RFC 9110) in seconds.
         */
        public void headers(BiConsumer<String, String> put) {
            put.accept("RateLimit-Policy", "\"" + policy + "\";q=" + perMinute + ";w=" + WINDOW.toSeconds());
            put.accept("RateLimit", "\"" + policy + "\";r=" + remaining + ";t=" + seconds);
            if (!allowed) {
                put.accept("Retry-After", String.valueOf(seconds));
            }
        }
    }
}
