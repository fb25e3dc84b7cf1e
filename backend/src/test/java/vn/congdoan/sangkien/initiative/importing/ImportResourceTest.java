package vn.congdoan.sangkien.initiative.importing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.common.text.VietnamClock;
import vn.congdoan.sangkien.security.Roles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.congdoan.sangkien.common.Api.asAdmin;

@QuarkusTest
class ImportResourceTest {

    @Inject
    EntityManager em;

    private static final String IMPORT = "/api/v1/imports/initiatives?program=1TRIEU-SK";
    private static final String HEADER = "Mã đơn vị,Tên sáng kiến,Tóm tắt,Loại giải pháp,Lĩnh vực,Ngày áp dụng lần đầu,Trạng thái,Tác giả,Giá trị làm lợi (đồng)\n";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void wrongRowsAreNamedCellByCellAndNothingIsImportedUnlessAsked() {
        String province = Fixtures.createUnit("T-IMP", "Tỉnh nhập", "PROVINCIAL_FEDERATION", "TLD");
        String school = Fixtures.createUnit("T-IMP", "CĐCS nhập", "GRASSROOTS", province);
        String file = HEADER
                + school + ",Máy sấy nông sản năng lượng mặt trời,Sấy chè,TECHNICAL,SOCIO_ECONOMIC,15/03/2022,VALID,Lò Văn Thắng: 70; Tòng Thị Én: 30,120.000.000\n"
                + school + ",Ngày sai,,TECHNICAL,SOCIO_ECONOMIC,31/02/2022,VALID,Lò Văn Thắng,\n"
                + "KHONG-CO,Đơn vị lạ,,TECHNICAL,SOCIO_ECONOMIC,01/03/2022,DRAFT,Lò Văn Thắng,\n"
                + school + ",Tỷ lệ sai,,KHAC,SOCIO_ECONOMIC,01/03/2022,VALID,A: 50; B: 40,-5\n"
                + "\n"
                + school + ",Sổ tay điện tử tổ công đoàn,,MANAGEMENT,UNION_INNOVATION,2022-07-01,SUBMITTED,Tòng Thị Én,\n"
                + school + ",máy sấy nông sản NĂNG LƯỢNG mặt trời,,TECHNICAL,SOCIO_ECONOMIC,15/03/2022,DRAFT,Lò Văn Thắng,\n";

        JsonPath refused = asAdmin().contentType("text/csv; charset=UTF-8").body(file.getBytes(StandardCharsets.UTF_8))
                .post(IMPORT).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:sangkien:problem:validation"))
                .extract().jsonPath();
        assertEquals(java.util.List.of("rows[3].firstAppliedOn", "rows[4].unitCode", "rows[5].solutionType",
                        "rows[5].authors", "rows[5].estimatedValueVnd"),
                refused.getList("errors.field"));
        assertEquals(java.util.List.of("VietnameseDate", "UnitExists", "OneOf", "ContributionSum", "WholeDong"),
                refused.getList("errors.rule"));
        assertEquals(0, registered(province, "DRAFT,SUBMITTED,VALID"));

        // The right rows only: imported, counted, numbered; the wrong ones listed with their row in the file; row 8 is
        // row 2 again by its natural key (unit, title folded, first author, date): skipped, not stored twice.
        JsonPath imported = asAdmin().contentType("text/csv").body(file.getBytes(StandardCharsets.UTF_8))
                .post(IMPORT + "&mode=VALID_ROWS").then().statusCode(200)
                .body("rows", equalTo(6)).body("imported", equalTo(2)).body("rejected", equalTo(3))
                .body("rejectedRows.row", containsInAnyOrder(3, 4, 5)).body("skipped", equalTo(1))
                .body("skippedRows", equalTo(java.util.List.of(8))).body("replayed", equalTo(false))
                .extract().jsonPath();
        assertEquals(2, registered(province, "DRAFT,SUBMITTED,VALID"));
        asAdmin().get("/api/v1/programs/1TRIEU-SK/progress?period=GD1&depth=0&root=" + province).then()
                .body("rows[0].valid", equalTo(1)).body("rows[0].estimatedValueVnd", equalTo(120000000));
        asAdmin().get("/api/v1/programs/1TRIEU-SK/progress?period=GD2&depth=0&root=" + province).then()
                .body("rows[0].submitted", equalTo(1));
        JsonPath found = asAdmin().get("/api/v1/initiatives?q=may say nang luong&unit=" + school).then().statusCode(200)
                .body("items", hasSize(1)).extract().jsonPath();
        long id = found.getLong("items[0].id");
        // Found from every ancestor of its unit too: the import fills unit_ancestors itself (V8).
        asAdmin().get("/api/v1/initiatives?q=may say nang luong&unit=" + province).then().statusCode(200)
                .body("items.id", equalTo(java.util.List.of((int) id)));
        asAdmin().get("/api/v1/initiatives/" + id).then().statusCode(200)
                .body("receiptNumber", matchesPattern("SK-" + school + "-" + VietnamClock.today().getYear() + "-\\d{4}"))
                .body("authors.fullName", containsInAnyOrder("Lò Văn Thắng", "Tòng Thị Én"))
                .body("firstAppliedOn", equalTo("2022-03-15"));
        asAdmin().get("/api/v1/initiatives/" + id + "/history").then().statusCode(200)
                .body("findAll { it.kind == 'TRANSITION' }.toStatus", hasItem("VALID"));

        // The same bytes again: the first result, nothing more imported.
        asAdmin().contentType("text/csv").body(file.getBytes(StandardCharsets.UTF_8)).post(IMPORT + "&mode=VALID_ROWS")
                .then().statusCode(200).body("replayed", equalTo(true))
                .body("batchId", equalTo(imported.getInt("batchId"))).body("imported", equalTo(2));
        assertEquals(2, registered(province, "DRAFT,SUBMITTED,VALID"));
    }

    @Test
    void severalRowsOfOneUnitAreAllCountedUpTheTreeAsARecountWould() {
        String province = Fixtures.createUnit("T-IMC", "Tỉnh đếm nhập", "PROVINCIAL_FEDERATION", "TLD");
        String district = Fixtures.createUnit("T-IMC", "Huyện đếm nhập", "DISTRICT_FEDERATION", province);
        String mine = Fixtures.createUnit("T-IMC", "CĐCS Mỏ", "GRASSROOTS", district);
        String school = Fixtures.createUnit("T-IMC", "CĐCS Trường", "GRASSROOTS", district);
        String direct = Fixtures.createUnit("T-IMC", "CĐCS trực thuộc", "GRASSROOTS", province);
        // Several rows share a unit, a status and a period, so the merge adds them up before it spreads them upwards.
        StringBuilder file = new StringBuilder(HEADER);
        String[][] rows = {{mine, "15/03/2022", "VALID", "1.000.000"}, {mine, "20/04/2022", "VALID", "2.000.000"},
                {mine, "01/05/2022", "SUBMITTED", ""}, {mine, "01/08/2022", "VALID", "4.000.000"},
                {school, "31/05/2022", "VALID", "8.000.000"}, {school, "01/06/2022", "VALID", "16.000.000"},
                {school, "02/06/2022", "RECOGNISED", ""}, {direct, "10/01/2022", "VALID", "32.000.000"},
                {direct, "11/01/2022", "DRAFT", "64.000.000"}, {direct, "12/09/2022", "SUBMITTED", ""}};
        for (int i = 0; i < rows.length; i++) {
            file.append(rows[i][0]).append(",Sáng kiến đếm số ").append(i).append(",,TECHNICAL,SOCIO_ECONOMIC,")
                    .append(rows[i][1]).append(',').append(rows[i][2]).append(",Lò Văn Thắng,").append(rows[i][3]).append('\n');
        }
        asAdmin().contentType("text/csv").body(file.toString().getBytes(StandardCharsets.UTF_8)).post(IMPORT).then()
                .statusCode(200).body("imported", equalTo(rows.length));

        JsonPath gd1 = progress("GD1", province);
        assertEquals(4, gd1.getInt("rows.find { it.unitCode == '" + province + "' }.valid"));
        assertEquals(43000000, gd1.getInt("rows.find { it.unitCode == '" + province + "' }.estimatedValueVnd"));
        assertEquals(2, gd1.getInt("rows.find { it.unitCode == '" + mine + "' }.valid"));
        assertEquals(1, gd1.getInt("rows.find { it.unitCode == '" + mine + "' }.submitted"));
        String before = gd1.prettify() + progress("GD2", province).prettify() + progress("2022-2023", province).prettify();
        QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("select progress_counter_rebuild(id) from program where code = '1TRIEU-SK'").getResultList());
        assertEquals(before, progress("GD1", province).prettify() + progress("GD2", province).prettify()
                + progress("2022-2023", province).prettify());
    }

    private static JsonPath progress(String period, String root) {
        return asAdmin().get("/api/v1/programs/1TRIEU-SK/progress?period=" + period + "&depth=3&root=" + root).then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void anExcelFileWithRealDatesAndNumbersImports() throws IOException {
        String province = Fixtures.createUnit("T-IMX", "Tỉnh Excel", "PROVINCIAL_FEDERATION", "TLD");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(bytes, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Danh sách");
        sheet.value(0, 0, "DANH SÁCH SÁNG KIẾN NĂM 2022");      // a title above the header, as units' sheets have
        String[] header = {"Ma don vi", "Ten sang kien", "Loai giai phap", "Linh vuc", "Ngay ap dung lan dau", "Trang thai", "Tac gia", "Gia tri lam loi"};
        for (int c = 0; c < header.length; c++) {
            sheet.value(2, c, header[c]);
        }
        sheet.value(3, 0, province);
        sheet.value(3, 1, "Phần mềm chấm công cho tổ sản xuất");
        sheet.value(3, 2, "TECHNICAL");
        sheet.value(3, 3, "SOCIO_ECONOMIC");
        sheet.value(3, 4, LocalDate.of(2022, 10, 3));
        sheet.style(3, 4).format("dd/MM/yyyy").set();
        sheet.value(3, 5, "VALID");
        sheet.value(3, 6, "Đèo Văn Tâm");
        sheet.value(3, 7, 45000000);
        workbook.finish();

        asAdmin().contentType(XLSX).body(bytes.toByteArray()).post(IMPORT).then().statusCode(200)
                .body("imported", equalTo(1)).body("rejected", equalTo(0));
        asAdmin().get("/api/v1/reports/initiatives?program=1TRIEU-SK&period=GD2&root=" + province).then().statusCode(200)
                .body("items[0].title", equalTo("Phần mềm chấm công cho tổ sản xuất"))
                .body("items[0].firstAppliedOn", equalTo("2022-10-03"))
                .body("items[0].estimatedValueVnd", equalTo(45000000));
        // The template the API hands out is itself importable once filled in.
        asAdmin().get("/api/v1/imports/initiatives/template").then().statusCode(200).contentType(XLSX);
        asAdmin().get("/api/v1/imports/initiatives/template?format=csv").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Mã đơn vị,Tên sáng kiến"));
    }

    /** Without ?format= the template follows Accept like the reports do (it was XLSX whatever the client accepted). */
    @Test
    void templateFollowsAcceptWithoutFormat() {
        asAdmin().accept("text/csv").get("/api/v1/imports/initiatives/template").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .body(org.hamcrest.Matchers.containsString("Mã đơn vị,Tên sáng kiến"));
        asAdmin().accept(XLSX).get("/api/v1/imports/initiatives/template").then().statusCode(200).contentType(XLSX);
        asAdmin().accept("*/*").get("/api/v1/imports/initiatives/template").then().statusCode(200).contentType(XLSX);
        asAdmin().accept("text/csv").get("/api/v1/imports/initiatives/template?format=xlsx").then().statusCode(200).contentType(XLSX);
    }

    @Test
    void scopeRolesAndMalformedFiles() {
        String file = HEADER + "LCH-SH,Sáng kiến huyện khác,,TECHNICAL,SOCIO_ECONOMIC,01/03/2022,DRAFT,Lò Văn Thắng,\n";
        // An officer of Phong Thổ may not import for Sìn Hồ: the unit is unknown to them.
        Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").contentType("text/csv").body(file.getBytes(StandardCharsets.UTF_8)).post(IMPORT)
                .then().statusCode(400).body("errors[0].field", equalTo("rows[2].unitCode")).body("errors[0].rule", equalTo("UnitExists"));
        Api.as("doanvien", Roles.MEMBER, "LCH-PT").contentType("text/csv").body(file.getBytes(StandardCharsets.UTF_8)).post(IMPORT).then().statusCode(403);
        asAdmin().contentType("text/csv").body("Tên sáng kiến,Tác giả\nA,B\n".getBytes(StandardCharsets.UTF_8)).post(IMPORT).then().statusCode(400)
                .body("errors.field", hasItem("header")).body("errors.rule", hasItem("RequiredColumn"));
        asAdmin().contentType("text/csv").body("").post(IMPORT).then().statusCode(400).body("errors[0].field", equalTo("file"));
        asAdmin().contentType(XLSX).body("not a workbook".getBytes()).post(IMPORT).then().statusCode(400)
                .body("errors[0].rule", equalTo("XlsxFile"));
        asAdmin().contentType("application/json").body("{}").post(IMPORT).then().statusCode(415);
        asAdmin().contentType("text/csv").body(file.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports/initiatives?program=KHONG-CO").then().statusCode(404);
    }

    private static int registered(String root, String statuses) {
        var spec = asAdmin().queryParam("program", "1TRIEU-SK").queryParam("root", root);
        for (String status : statuses.split(",")) {
            spec = spec.queryParam("status", status);
        }
        return spec.get("/api/v1/reports/initiatives").then().statusCode(200).extract().jsonPath().getInt("totalItems");
    }
}
