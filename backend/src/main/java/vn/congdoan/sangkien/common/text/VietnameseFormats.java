package vn.congdoan.sangkien.common.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/** How dates are written for people here: dd/MM/yyyy. */
public final class VietnameseFormats {

    /** Strict: 31/02/2022 is refused rather than read as 28/02. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private VietnameseFormats() {
    }

    public static String date(LocalDate day) {
        return DATE.format(day);
    }
}
