package vn.congdoan.sangkien.common.text;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.PastOrPresent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class VietnamClockTest {

    @Inject
    ValidatorFactory validatorFactory;

    @Inject
    Validator validator;

    record Decision(@PastOrPresent LocalDate decisionDate) {
    }

    @Test
    void datesAreCheckedAgainstTodayInVietnam() {
        assertEquals(VietnamClock.VIETNAM, validatorFactory.getClockProvider().getClock().getZone());
        // Whatever the server's zone, Vietnam's today is not in the future and its tomorrow is.
        LocalDate today = LocalDate.now(VietnamClock.VIETNAM);
        assertTrue(validator.validate(new Decision(today)).isEmpty(), "today in Hanoi");
        assertEquals(1, validator.validate(new Decision(today.plusDays(1))).size(), "tomorrow in Hanoi");
    }
}
