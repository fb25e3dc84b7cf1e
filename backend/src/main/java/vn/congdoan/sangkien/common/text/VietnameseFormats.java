package vn.congdoan.sangkien.common.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;

/** How dates and numbers are written for people here: dd/MM/yyyy, 2.300. */
public final class VietnameseFormats {

    /** Strict: 31/02/2022 is refused rather than read as 28/02. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private VietnameseFormats() {
    }

    public static String date(LocalDate day) {
        return DATE.format(day);
    }

    /** A whole number with dots between thousands: 2.300. */
    public static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value).replace(',', '.');
    }
}
