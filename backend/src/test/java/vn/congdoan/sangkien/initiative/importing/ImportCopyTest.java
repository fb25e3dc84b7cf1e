package vn.congdoan.sangkien.initiative.importing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.common.text.VietnamClock;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.congdoan.sangkien.common.Api.asAdmin;

/** The import streams its rows into PostgreSQL's COPY while it checks them: what that must not change. */
@QuarkusTest
class ImportCopyTest {

    private static final String IMPORT = "/api/v1/imports/initiatives?program=1TRIEU-SK";
    private static final String HEADER = "Mã đơn vị,Tên sáng kiến,Tóm tắt,Loại giải pháp,Lĩnh vực,Ngày áp dụng lần đầu,Trạng thái,Tác giả,Giá trị làm lợi (đồng)\n";
    private static final int YEAR = VietnamClock.today().getYear();

    @Inject
    EntityManager em;

    @Test
    void cellsThatLookLikeCopySyntaxAreStoredAsWritten() {
        String unit = Fixtures.createUnit("T-ICE", "CĐCS ký tự lạ", "GRASSROOTS", "TLD");
        // COPY's text format ends fields at tabs and rows at newlines, reads \N as NULL and \. as the end of data.
        String title = "Đường dẫn C:\\Tệp\\N và \\. cuối\tcột";
        String summary = "Dòng một\nDòng hai\r\nDòng ba \\N";
        String author = "Lò \\ Văn\tThắng";
        String file = HEADER + unit + ",\"" + title + "\",\"" + summary + "\",TECHNICAL,SOCIO_ECONOMIC,15/03/2022,DRAFT,\""
                + author + "\",\n";
        asAdmin().contentType("text/csv").body(file.getBytes(StandardCharsets.UTF_8)).post(IMPORT).then().statusCode(200)
                .body("imported", equalTo(1));

        long id = asAdmin().get("/api/v1/initiatives?q=duong dan tep&unit=" + unit).then().statusCode(200)
                .body("totalItems", equalTo(1)).extract().jsonPath().getLong("items[0].id");
        asAdmin().get("/api/v1/initiatives/" + id).then().statusCode(200)
                .body("title", equalTo(title.strip()))
                .body("summary", equalTo(summary))
                .body("authors[0].fullName", equalTo(author));
    }

    @Test
    void aWrongRowAfterRowsAlreadyStreamedLeavesNothingAndAllWrongRowsAreNamed() {
        String unit = Fixtures.createUnit("T-ICA", "CĐCS tất cả hoặc không", "GRASSROOTS", "TLD");
        // Enough rows, with long summaries, that the first ones are in PostgreSQL's hands before the wrong ones come.
        StringBuilder file = new StringBuilder(HEADER);
        String longSummary = "Tóm tắt dài ".repeat(100);
        for (int i = 1; i <= 3_000; i++) {
            boolean wrong = i == 2_500 || i == 2_900;
            file.append(unit).append(",Sáng kiến số ").append(i).append(',').append(longSummary).append(",TECHNICAL,SOCIO_ECONOMIC,")
                    .append(wrong ? "31/02/2022" : "15/03/2022").append(",VALID,Lò Văn Thắng,1.000.000\n");
        }
        byte[] body = file.toString().getBytes(StandardCharsets.UTF_8);

        JsonPath refused = asAdmin().contentType("text/csv").body(body).post(IMPORT).then().statusCode(400)
                .contentType("application/problem+json").extract().jsonPath();
        assertEquals(List.of("rows[2501].firstAppliedOn", "rows[2901].firstAppliedOn"), refused.getList("errors.field"));
        assertEquals(List.of("VietnameseDate", "VietnameseDate"), refused.getList("errors.rule"));
        assertEquals(0L, count("select count(*) from initiative i join unit u on u.id = i.unit_id where u.code = ?1", unit));
        assertEquals(0L, count("select count(*) from receipt_counter c join unit u on u.id = c.unit_id where u.code = ?1", unit));
        assertEquals(0L, count("select count(*) from progress_counter c join unit u on u.id = c.unit_id where u.code = ?1", unit));
        assertEquals(0L, count("select count(*) from import_batch where row_count = ?1", 3_000));

        // The same rows without the wrong ones import, all of them.
        String fixed = file.toString().replace("31/02/2022", "28/02/2022");
        asAdmin().contentType("text/csv").body(fixed.getBytes(StandardCharsets.UTF_8)).post(IMPORT).then().statusCode(200)
                .body("imported", equalTo(3_000));
        assertEquals(3_000L, count("select count(*) from initiative i join unit u on u.id = i.unit_id where u.code = ?1", unit));
        assertEquals(3_000L, count("select count(*) from initiative_event e join unit u on u.id = e.unit_id where u.code = ?1", unit));
    }

    @Test
    void receiptNumbersFollowTheUnitsCountersInRowOrder() {
        String counted = Fixtures.createUnit("T-ICR", "CĐCS đã có số", "GRASSROOTS", "TLD");
        String drafts = Fixtures.createUnit("T-ICR", "CĐCS chỉ có nháp", "GRASSROOTS", "TLD");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "insert into receipt_counter (unit_id, year, last) select id, ?2, 7 from unit where code = ?1")
                .setParameter(1, counted).setParameter(2, YEAR).executeUpdate());
        String file = HEADER
                + counted + ",Số tiếp nhận một,,TECHNICAL,SOCIO_ECONOMIC,15/03/2022,SUBMITTED,Lò Văn Thắng,\n"
                + counted + ",Bản nháp không có số,,TECHNICAL,SOCIO_ECONOMIC,15/03/2022,DRAFT,Lò Văn Thắng,\n"
                + drafts + ",Nháp của đơn vị khác,,TECHNICAL,SOCIO_ECONOMIC,15/03/2022,DRAFT,Lò Văn Thắng,\n"
                + counted + ",Số tiếp nhận hai,,TECHNICAL,SOCIO_ECONOMIC,15/03/2022,VALID,Lò Văn Thắng,\n";
        asAdmin().contentType("text/csv").body(file.getBytes(StandardCharsets.UTF_8)).post(IMPORT).then().statusCode(200)
                .body("imported", equalTo(4));

        assertEquals(List.of("Bản nháp không có số|", "Số tiếp nhận hai|SK-" + counted + "-" + YEAR + "-0009",
                        "Số tiếp nhận một|SK-" + counted + "-" + YEAR + "-0008"),
                strings("select i.title || '|' || coalesce(i.receipt_number, '') from initiative i join unit u on u.id = i.unit_id"
                        + " where u.code = ?1 order by i.title", counted));
        assertEquals(9L, count("select c.last from receipt_counter c join unit u on u.id = c.unit_id where u.code = ?1", counted));
        // A unit that got no number keeps no counter: as if the import had not looked at it.
        assertEquals(0L, count("select count(*) from receipt_counter c join unit u on u.id = c.unit_id where u.code = ?1", drafts));
    }

    @Test
    void aRefusalByPostgreSQLInTheMiddleOfTheCopyIsAConflictAndLeavesNothing() {
        String unit = Fixtures.createUnit("T-ICC", "CĐCS số trùng", "GRASSROOTS", "TLD");
        String first = HEADER + unit + ",Đã có số một,,TECHNICAL,SOCIO_ECONOMIC,15/03/2022,SUBMITTED,Lò Văn Thắng,\n";
        asAdmin().contentType("text/csv").body(first.getBytes(StandardCharsets.UTF_8)).post(IMPORT).then().statusCode(200);
        // A counter behind the numbers already given (as after a faulty restore): the import's first number is taken.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update receipt_counter set last = 0 where year = ?2 and unit_id = (select id from unit where code = ?1)")
                .setParameter(1, unit).setParameter(2, YEAR).executeUpdate());
        StringBuilder second = new StringBuilder(HEADER);
        for (int i = 1; i <= 2_000; i++) {
            second.append(unit).append(",Lần hai số ").append(i).append(",,TECHNICAL,SOCIO_ECONOMIC,15/03/2022,")
                    .append(i == 1 ? "DRAFT" : i == 1_999 ? "VALID" : "DRAFT").append(",Lò Văn Thắng,\n");
        }
        asAdmin().contentType("text/csv").body(second.toString().getBytes(StandardCharsets.UTF_8)).post(IMPORT + "&mode=VALID_ROWS")
                .then().statusCode(409).contentType("application/problem+json");

        assertEquals(1L, count("select count(*) from initiative i join unit u on u.id = i.unit_id where u.code = ?1", unit));
        assertEquals(0L, count("select c.last from receipt_counter c join unit u on u.id = c.unit_id where u.code = ?1", unit));
        assertEquals(0L, count("select count(*) from import_batch where row_count = ?1", 2_000));
    }

    @Test
    void aFileWithANulCharacterOrASharePostgreSQLWouldRoundToZeroIsRefusedByName() {
        String unit = Fixtures.createUnit("T-ICN", "CĐCS ký tự rỗng", "GRASSROOTS", "TLD");
        String nul = HEADER + unit + ",Tên có \u0000 ở giữa,,TECHNICAL,SOCIO_ECONOMIC,15/03/2022,DRAFT,Lò Văn Thắng,\n";
        asAdmin().contentType("text/csv").body(nul.getBytes(StandardCharsets.UTF_8)).post(IMPORT).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("rows[2].title"))
                .body("errors[0].rule", equalTo("NoNulCharacter"));
        String tiny = HEADER + unit + ",Phần rất nhỏ,,TECHNICAL,SOCIO_ECONOMIC,15/03/2022,DRAFT,\"A: 0,001; B: 99,999\",\n";
        asAdmin().contentType("text/csv").body(tiny.getBytes(StandardCharsets.UTF_8)).post(IMPORT).then().statusCode(400)
                .body("errors.field", hasItem("rows[2].authors")).body("errors.rule", hasItem("AuthorList"));
        assertEquals(0L, count("select count(*) from initiative i join unit u on u.id = i.unit_id where u.code = ?1", unit));
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
            return rows.isEmpty() ? 0L : ((Number) rows.get(0)).longValue();
        });
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> (List<String>) em.createNativeQuery(sql).setParameter(1, parameter).getResultList());
    }
}
