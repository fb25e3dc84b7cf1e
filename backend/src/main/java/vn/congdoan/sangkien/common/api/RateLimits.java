package vn.congdoan.sangkien.common.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;

/** Fair use (README, "Fair use"): requests a minute per caller and instance, under sangkien.rate-limit. */
@ConfigMapping(prefix = "sangkien.rate-limit")
public interface RateLimits {

    /** false switches every limit off (the scripts' throw-away stacks may use very high limits instead). */
    @WithDefault("true")
    boolean enabled();

    /** Requests without a token, per client address. */
    int anonymousPerMinute();

    /** Integrations: client-credentials tokens, per client id. */
    int clientPerMinute();

    /** People, per user (the token's subject). */
    int userPerMinute();

    /** Per client id, instead of client-per-minute: sangkien.rate-limit.clients."reporting"=1200. */
    Map<String, Integer> clients();
}
