package vn.congdoan.sangkien.common.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * "Today" is Vietnam's today: @PastOrPresent and the like check dates against the clock in Hanoi, not the server's
 * zone (UTC on these machines), so a decision dated today at 00:30 in Lai Châu (17:30 UTC the day before) is accepted.
 * Hibernate Validator takes a ClockProvider bean in Quarkus.
 */
@ApplicationScoped
public class VietnamClock implements ClockProvider {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Clock CLOCK = Clock.system(VIETNAM);

    /** Today in Hanoi: the day a step is dated by default, whatever the server's own zone. */
    public static LocalDate today() {
        return LocalDate.now(CLOCK);
    }

    @Override
    public Clock getClock() {
        return CLOCK;
    }
}
