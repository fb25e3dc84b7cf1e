package vn.congdoan.sangkien.initiative.importing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.security.Roles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dhatim.fastexcel.reader.ReadableWorkbook;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.sangkien.common.Api.asAdmin;

/** Issue 17: the dry run, the rows' natural key (no duplicates however the rows come back) and the list of past imports. */
@QuarkusTest
class ImportNaturalKeyTest {

    private static final String IMPORT = "/api/v1/imports/initiatives?program=1TRIEU-SK";
    private static final String BATCHES = "/api/v1/imports/initiatives/batches";
    private static final String HEADER = "Mã đơn vị,Tên sáng kiến,Tóm tắt,Loại giải pháp,Lĩnh vực,Ngày áp dụng lần đầu,Trạng thái,Tác giả,Giá trị làm lợi (đồng)\n";

    @Inject
    EntityManager em;

    private static String row(String unit, String title, String date, String authors) {
        return unit + "," + title + ",,TECHNICAL,SOCIO_ECONOMIC," + date + ",DRAFT," + authors + ",\n";
    }

    private static JsonPath post(String query, String file) {
        return asAdmin().contentType("text/csv").body(file.getBytes(StandardCharsets.UTF_8)).post(IMPORT + query)
                .then().statusCode(200).extract().jsonPath();
    }

    private long stored(String unit) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from initiative i join unit u on u.id = i.unit_id where u.code = ?1")
                .setParameter(1, unit).getSingleResult()).longValue());
    }

    @Test
    void aDryRunChecksEverythingAndWritesNothing() {
        String unit = Fixtures.createUnit("T-IDR", "CĐCS chạy thử", "GRASSROOTS", "TLD");
        String file = HEADER + row(unit, "Bếp đun tiết kiệm củi", "15/03/2022", "Lò Văn Thắng")
                + row(unit, "Ngày sai", "31/02/2022", "Lò Văn Thắng")
                + row(unit, "  bếp ĐUN tiết kiệm   cui ", "15/03/2022", "lo van thang: 60; Tòng Thị Én: 40");
        long batchesBefore = QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from import_batch").getSingleResult()).longValue());

        JsonPath dry = post("&mode=VALID_ROWS&dryRun=true&fileName=thu.csv", file);
        assertEquals(true, dry.getBoolean("dryRun"));
        assertEquals(null, (Object) dry.get("batchId"));
        assertEquals(3, dry.getInt("rows"));
        assertEquals(1, dry.getInt("imported"));
        assertEquals(1, dry.getInt("rejected"));
        assertEquals(1, dry.getInt("skipped"));
        assertEquals(List.of(4), dry.getList("skippedRows"));
        assertEquals(3, dry.getInt("rejectedRows[0].row"));
        assertEquals("rows[3].firstAppliedOn", dry.getString("rejectedRows[0].errors[0].field"));
        assertTrue(dry.getString("rejectedRows[0].errors[0].message").contains("dd/MM/yyyy"), dry.prettify());
        assertEquals("Bếp đun tiết kiệm củi", dry.getString("preview[0].title"));
        assertEquals(2, dry.getInt("preview[0].row"));
        assertEquals(unit, dry.getString("preview[0].unitCode"));
        // All or nothing with a wrong row: the dry run says nothing would be imported, and answers 200 all the same.
        JsonPath strict = post("&dryRun=true", file);
        assertEquals(0, strict.getInt("imported"));
        assertEquals(1, strict.getInt("rejected"));
        assertEquals(List.of(), strict.getList("preview"));

        assertEquals(0, stored(unit));
        assertEquals(batchesBefore, QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from import_batch").getSingleResult()).longValue()));
        // The dry run took no file's place: the same bytes then import for real.
        JsonPath real = post("&mode=VALID_ROWS&fileName=thu.csv", file);
        assertEquals(false, real.getBoolean("replayed"));
        assertEquals(1, real.getInt("imported"));
        assertEquals(1, real.getInt("skipped"));
        assertEquals("thu.csv", real.getString("fileName"));
        assertEquals(1, stored(unit));
        // A dry run now sees the row stored: it would be skipped.
        JsonPath again = post("&mode=VALID_ROWS&dryRun=true", file);
        assertEquals(0, again.getInt("imported"));
        assertEquals(2, again.getInt("skipped"));
    }

    @Test
    void theSameRowsNeverComeInTwice() {
        String unit = Fixtures.createUnit("T-IDK", "CĐCS khóa tự nhiên", "GRASSROOTS", "TLD");
        String rows = row(unit, "Máy bơm nước bậc thang", "01/04/2022", "Lò Văn Thắng: 70; Tòng Thị Én: 30")
                + row(unit, "Sổ tay điện tử tổ công đoàn", "01/05/2022", "Tòng Thị Én");
        assertEquals(2, post("", HEADER + rows).getInt("imported"));

        // The same file saved again: other bytes (CRLF line ends, a trailing blank line), the same rows.
        JsonPath resaved = post("", (HEADER + rows).replace("\n", "\r\n") + "\r\n");
        assertEquals(false, resaved.getBoolean("replayed"));
        assertEquals(0, resaved.getInt("imported"));
        assertEquals(2, resaved.getInt("skipped"));
        assertEquals(List.of(2, 3), resaved.getList("skippedRows"));

        // The same rows in another file, written differently (case, diacritics, spaces, other co-authors, ISO date),
        // beside a new one; and a row repeated within the file.
        String other = HEADER + row(unit, "Sáng kiến mới hẳn", "02/05/2022", "Lò Văn Thắng")
                + row(unit, "MÁY BƠM  NƯỚC bậc thang", "2022-04-01", "lò văn THẮNG: 50; Lý A Sáng: 50")
                + row(unit, "Sáng kiến mới hẳn", "02/05/2022", "Lò Văn Thắng");
        JsonPath another = post("&mode=VALID_ROWS", other);
        assertEquals(1, another.getInt("imported"));
        assertEquals(2, another.getInt("skipped"));
        assertEquals(List.of(3, 4), another.getList("skippedRows"));
        assertEquals(3, stored(unit));

        // Not the same initiative: another first author, another date, another unit.
        String sibling = Fixtures.createUnit("T-IDK", "CĐCS bên cạnh", "GRASSROOTS", "TLD");
        JsonPath different = post("", HEADER + row(unit, "Máy bơm nước bậc thang", "01/04/2022", "Tòng Thị Én: 70; Lò Văn Thắng: 30")
                + row(unit, "Máy bơm nước bậc thang", "02/04/2022", "Lò Văn Thắng")
                + row(sibling, "Máy bơm nước bậc thang", "01/04/2022", "Lò Văn Thắng"));
        assertEquals(3, different.getInt("imported"));
        assertEquals(0, different.getInt("skipped"));
    }

    @Test
    void theSameRowInAnotherProgrammeIsAnotherDossier() {
        String unit = Fixtures.createUnit("T-IDP", "CĐCS hai chương trình", "GRASSROOTS", "TLD");
        String file = HEADER + row(unit, "Máy sấy chè dùng nhiệt thừa", "01/04/2022", "Lò Văn Thắng");
        assertEquals(1, post("", file).getInt("imported"));
        String program = Fixtures.uniqueCode("T-PRG");
        asAdmin().contentType("application/json").body(java.util.Map.of("code", program, "name", "Chương trình thứ hai"))
                .post("/api/v1/programs").then().statusCode(201);
        asAdmin().contentType("application/json").body(java.util.Map.of("code", "N2022", "name", "Năm 2022", "kind", "YEAR",
                "startsOn", "2022-01-01", "endsOn", "2022-12-31")).post("/api/v1/programs/" + program + "/periods").then().statusCode(201);

        JsonPath other = asAdmin().contentType("text/csv").body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/initiatives?program=" + program).then().statusCode(200).extract().jsonPath();
        assertEquals(1, other.getInt("imported"), other.prettify());
        assertEquals(0, other.getInt("skipped"));
        assertEquals(2, stored(unit));
    }

    @Test
    void twoFilesWithTheSameRowsAtOnceStoreThemOnce() {
        String unit = Fixtures.createUnit("T-IDC", "CĐCS đồng thời", "GRASSROOTS", "TLD");
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            rows.append(row(unit, "Sáng kiến đồng thời " + i, "15/03/2022", "Lò Văn Thắng"));
        }
        // Two different files (their first line differs) with the same rows, sent at once.
        CompletableFuture<JsonPath> a = CompletableFuture.supplyAsync(() -> post("", HEADER + rows));
        CompletableFuture<JsonPath> b = CompletableFuture.supplyAsync(() -> post("", HEADER.replace("\n", "\r\n") + rows));
        JsonPath first = a.join();
        JsonPath second = b.join();
        assertEquals(300, first.getInt("imported") + second.getInt("imported"));
        assertEquals(300, first.getInt("skipped") + second.getInt("skipped"));
        assertEquals(300, stored(unit));
    }

    @Test
    void pastImportsAreListedWithinTheCallersSubtree() {
        String province = Fixtures.createUnit("T-IDL", "Tỉnh lịch sử nhập", "PROVINCIAL_FEDERATION", "TLD");
        String districtA = Fixtures.createUnit("T-IDL", "Huyện A", "DISTRICT_FEDERATION", province);
        String districtB = Fixtures.createUnit("T-IDL", "Huyện B", "DISTRICT_FEDERATION", province);
        String school = Fixtures.createUnit("T-IDL", "CĐCS trường A", "GRASSROOTS", districtA);

        // An officer of district A imports for a unit of theirs; the admin imports for district B.
        long mine = Api.as("cb.huyena", Roles.UNIT_OFFICER, districtA).contentType("text/csv")
                .body((HEADER + row(school, "Thư viện xanh", "01/03/2022", "Lò Văn Thắng")
                        + row(school, "Ngày sai", "31/02/2022", "Lò Văn Thắng")
                        + row(school, "thu vien XANH", "01/03/2022", "Lò Văn Thắng")).getBytes(StandardCharsets.UTF_8))
                .post(IMPORT + "&mode=VALID_ROWS&fileName=" + "danh-sách-huyện-a.csv").then().statusCode(200)
                .extract().jsonPath().getLong("batchId");
        long theirs = post("", HEADER + row(districtB, "Sân chơi an toàn", "01/03/2022", "Lò Văn Thắng")).getLong("batchId");

        var officerA = Api.as("cb.huyena", Roles.UNIT_OFFICER, districtA);
        officerA.get(BATCHES + "?size=200").then().statusCode(200)
                .body("items.id", hasItem((int) mine)).body("items.id", not(hasItem((int) theirs)))
                .body("items.find { it.id == " + mine + " }.fileName", equalTo("danh-sách-huyện-a.csv"))
                .body("items.find { it.id == " + mine + " }.importedBy", equalTo("cb.huyena"))
                .body("items.find { it.id == " + mine + " }.rows", equalTo(3))
                .body("items.find { it.id == " + mine + " }.imported", equalTo(1))
                .body("items.find { it.id == " + mine + " }.rejected", equalTo(1))
                .body("items.find { it.id == " + mine + " }.skipped", equalTo(1));
        Api.as("cb.huyena", Roles.UNIT_OFFICER, districtA).get(BATCHES + "/" + mine).then().statusCode(200)
                .body("batch.id", equalTo((int) mine)).body("rejectedRows[0].row", equalTo(3))
                .body("skippedRows", equalTo(List.of(4)));
        Api.as("cb.huyena", Roles.UNIT_OFFICER, districtA).get(BATCHES + "/" + mine + "/initiatives").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].title", equalTo("Thư viện xanh"))
                .body("items[0].unitCode", equalTo(school)).body("items[0].status", equalTo("DRAFT"));

        // Another district's officer: the batch is not theirs to see, as if it did not exist.
        var officerB = Api.as("cb.huyenb", Roles.UNIT_OFFICER, districtB);
        officerB.get(BATCHES + "/" + mine).then().statusCode(404).body("detail", containsString(String.valueOf(mine)));
        Api.as("cb.huyenb", Roles.UNIT_OFFICER, districtB).get(BATCHES + "/" + mine + "/initiatives").then().statusCode(404);
        Api.as("cb.huyenb", Roles.UNIT_OFFICER, districtB).get(BATCHES + "?size=200").then().statusCode(200)
                .body("items.id", hasItem((int) theirs)).body("items.id", not(hasItem((int) mine)));
        // The province sees both; the admin sees both; a member may not list imports at all.
        Api.as("cb.tinh", Roles.FEDERATION_OFFICER, province).get(BATCHES + "?size=200").then().statusCode(200)
                .body("items.id", hasItem((int) mine)).body("items.id", hasItem((int) theirs));
        asAdmin().get(BATCHES + "/" + theirs).then().statusCode(200).body("batch.fileName", nullValue());
        Api.as("doanvien", Roles.MEMBER, districtA).get(BATCHES).then().statusCode(403);
        asAdmin().get(BATCHES + "/999999999").then().statusCode(404);
    }

    @Test
    void theTemplateOffersTheEnumerationsAsDropdowns() throws IOException {
        byte[] xlsx = asAdmin().get("/api/v1/imports/initiatives/template?format=xlsx").then().statusCode(200)
                .extract().asByteArray();
        String sheetXml = sheetXml(xlsx);
        assertTrue(sheetXml.contains("<dataValidation"), "no data validation in the template");
        assertTrue(sheetXml.contains("TECHNICAL,MANAGEMENT,OPERATIONAL,TECHNICAL_ADVANCE"), sheetXml);
        assertTrue(sheetXml.contains("EPIDEMIC_PREVENTION"), sheetXml);
        assertTrue(sheetXml.contains("DRAFT,SUBMITTED"), sheetXml);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var rows = workbook.getFirstSheet().read(); // empty rows are left out: the title, the header, the example
            assertEquals("Mã đơn vị", rows.get(1).getCellText(0));
            assertEquals("Loại giải pháp", rows.get(1).getCellText(3));
            assertEquals("MANAGEMENT", rows.get(2).getCellText(3));
        }
        // The unit template, built by the same helper, has its dropdowns too.
        assertTrue(sheetXml(asAdmin().get("/api/v1/imports/units/template?format=xlsx").then().statusCode(200).extract().asByteArray())
                .contains("GRASSROOTS"));
    }

    private static String sheetXml(byte[] xlsx) throws IOException {
        // fastexcel streams its entries (sizes after the data), which ZipInputStream cannot read: a ZipFile can.
        java.nio.file.Path file = java.nio.file.Files.createTempFile("template", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
