package vn.congdoan.sangkien.common;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Small fair-use limits (README, "Fair use"), shared by the tests that drive callers over them, so that Quarkus
 * starts once for both. Every other test runs with the test profile's very high limits. Buckets last as long as the
 * application: each test uses callers of its own.
 */
public class SmallRateLimits implements QuarkusTestProfile {

    public static final int ANONYMOUS = 5;
    public static final int CLIENT = 5;
    public static final int PARTNER = 3;
    public static final int USER = 20;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("sangkien.rate-limit.anonymous-per-minute", String.valueOf(ANONYMOUS),
                "sangkien.rate-limit.client-per-minute", String.valueOf(CLIENT),
                "sangkien.rate-limit.clients.\"partner\"", String.valueOf(PARTNER),
                "sangkien.rate-limit.user-per-minute", String.valueOf(USER));
    }
}
