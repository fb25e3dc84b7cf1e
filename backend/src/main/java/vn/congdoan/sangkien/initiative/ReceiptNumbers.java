package vn.congdoan.sangkien.initiative;

import jakarta.enterprise.context.ApplicationScoped;
import org.jdbi.v3.core.Jdbi;
import vn.congdoan.sangkien.common.db.SqlFiles;

/** Receipt numbers (số tiếp nhận) SK-&lt;unit&gt;-&lt;year&gt;-&lt;nnnn&gt;, counted per reporting unit and year without gaps or races. */
@ApplicationScoped
public class ReceiptNumbers {

    private static final String NEXT = SqlFiles.of(ReceiptNumbers.class, "next");

    private final Jdbi jdbi;

    public ReceiptNumbers(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Takes the next number in the caller's transaction: a rollback gives it back. */
    public String next(Initiative initiative, int year) {
        int last = jdbi.withHandle(h -> h.createQuery(NEXT).bind("unit", initiative.unit.id).bind("year", year)
                .mapTo(Integer.class).one());
        return format(initiative.unit.code, year, last);
    }

    /** The one spelling of a receipt number: SK-LCH-PT-2022-0007. */
    public static String format(String unitCode, int year, int number) {
        return "SK-%s-%d-%04d".formatted(unitCode, year, number);
    }
}
