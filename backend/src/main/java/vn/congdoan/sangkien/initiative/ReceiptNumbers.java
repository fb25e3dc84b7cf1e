package vn.congdoan.sangkien.initiative;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Receipt numbers (số tiếp nhận) SK-&lt;unit&gt;-&lt;year&gt;-&lt;nnnn&gt;, counted per reporting unit and year without gaps or races. */
@ApplicationScoped
public class ReceiptNumbers {

    private static final String NEXT = """
            insert into receipt_counter (unit_id, year, last) values (:unit, :year, 1)
            on conflict (unit_id, year) do update set last = receipt_counter.last + 1
            returning last
            """;

    private final EntityManager entityManager;

    public ReceiptNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public String next(Initiative initiative, int year) {
        Number last = (Number) entityManager.createNativeQuery(NEXT)
                .setParameter("unit", initiative.unit.id).setParameter("year", year).getSingleResult();
        return format(initiative.unit.code, year, last.intValue());
    }

    /** The one spelling of a receipt number: SK-LCH-PT-2022-0007. */
    public static String format(String unitCode, int year, int number) {
        return "SK-%s-%d-%04d".formatted(unitCode, year, number);
    }
}
