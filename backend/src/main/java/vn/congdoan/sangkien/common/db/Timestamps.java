package vn.congdoan.sangkien.common.db;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * "Now" as PostgreSQL keeps it: in UTC, to the microsecond. A write answers with the timestamps it stored, so the
 * answer and a later read agree to the last digit whatever the server's zone (a timestamptz comes back in UTC).
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
