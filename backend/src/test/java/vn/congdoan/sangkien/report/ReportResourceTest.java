package vn.congdoan.sangkien.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.common.StatusHistory;
import vn.congdoan.sangkien.security.Roles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ReportResourceTest {

    private static final String PROGRESS = "/api/v1/reports/progress?program=1TRIEU-SK&period=GD1&root=LCH&depth=1";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    EntityManager em;

    @Test
    void theReporterPullsProgressAsJsonCsvAndXlsx() throws IOException {
        Api.as(reporter()).get(PROGRESS + "&format=json").then().statusCode(200).contentType("application/json")
                .body("rows[0].unitCode", equalTo("LCH")).body("rows[0].target", equalTo(1200));

        Response csv = Api.as(reporter()).get(PROGRESS + "&format=csv");
        csv.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString(".csv"));
        List<CSVRecord> records = parseCsv(csv.asByteArray());
        assertEquals("unitCode", records.get(0).get(0));
        assertEquals(13, records.size());          // header, the province, its 11 units
        CSVRecord province = records.get(1);
        assertEquals("LCH", province.get("unitCode"));
        assertEquals("1200", province.get("target"));
        assertEquals("135", records.subList(1, records.size()).stream().filter(r -> r.get("unitCode").equals("LCH-PT")).findFirst().orElseThrow().get("target"));

        // Accept alone chooses the format too.
        Response xlsx = Api.as(reporter()).accept(XLSX).get(PROGRESS);
        xlsx.then().statusCode(200).contentType(XLSX);
        List<Row> rows = parseXlsx(xlsx.asByteArray());
        assertTrue(rows.get(0).getCellText(0).startsWith("Tiến độ thực hiện chỉ tiêu 1TRIEU-SK"));
        Row header = rows.get(2);
        assertEquals("Mã đơn vị", header.getCellText(0));
        assertEquals("Chỉ tiêu", header.getCellText(4));
        assertEquals("LCH", rows.get(3).getCellText(0));
        assertEquals(new BigDecimal("1200"), rows.get(3).getCell(4).asNumber());
    }

    @Test
    void spreadsheetCellsNeverRunAsFormulas() throws IOException {
        String province = Fixtures.createUnit("T-REP", "=HYPERLINK(\"http://evil.example\")", "PROVINCIAL_FEDERATION", "TLD");
        long id = Fixtures.createInitiative(province, "=1+2 @SUM(A1) công thức", "2022-02-01");
        StatusHistory.set(em, "VALID", LocalDate.of(2022, 3, 1), id);
        String register = "/api/v1/reports/initiatives?program=1TRIEU-SK&period=GD1&root=" + province;

        List<CSVRecord> records = parseCsv(Api.as(reporter()).get(register + "&format=csv").asByteArray());
        assertEquals("'=1+2 @SUM(A1) công thức", records.get(1).get("title"));
        assertEquals("'=HYPERLINK(\"http://evil.example\")", records.get(1).get("unitName"));

        List<Row> rows = parseXlsx(Api.as(reporter()).get(register + "&format=xlsx").asByteArray());
        assertEquals("'=1+2 @SUM(A1) công thức", rows.get(3).getCellText(1));
        assertFalse(rows.get(3).getCell(1).getType() == org.dhatim.fastexcel.reader.CellType.FORMULA);
        // JSON is data, not a spreadsheet: it carries the title as written.
        Api.as(reporter()).get(register).then().statusCode(200).body("items[0].title", equalTo("=1+2 @SUM(A1) công thức"));
    }

    @Test
    void theRegisterCarriesNoPersonalData() {
        String province = Fixtures.createUnit("T-REG", "Tỉnh sổ đăng ký", "PROVINCIAL_FEDERATION", "TLD");
        long id = Fixtures.createInitiative(province, "Sổ tay điện tử cho tổ công đoàn", "2022-06-20");
        StatusHistory.set(em, "VALID", LocalDate.of(2022, 7, 1), id);
        String register = "/api/v1/reports/initiatives?program=1TRIEU-SK&period=GD2&root=" + province;

        Response json = Api.as(reporter()).get(register);
        json.then().statusCode(200).header("X-Total-Count", "1")
                .body("items[0].title", equalTo("Sổ tay điện tử cho tổ công đoàn")).body("items[0].authorCount", equalTo(2));
        for (String personal : List.of("Nguyễn Thị Hoa", "Lò Văn Minh", "1985-03-14", "Trường PTDTBT Mù Cả", "Bể lọc")) {
            assertFalse(json.asString().contains(personal), personal);
            assertFalse(Api.as(reporter()).get(register + "&format=csv").asString().contains(personal), personal);
        }
        // Drafts are not in a VALID register; asked for, they are listed without names either.
        Fixtures.createInitiative(province, "Bản nháp chưa nộp", "2022-06-21");
        Api.as(reporter()).get(register).then().body("items.title", not(hasItem("Bản nháp chưa nộp")));
        Api.as(reporter()).get(register + "&status=DRAFT").then().body("items.title", hasItem("Bản nháp chưa nộp"));
    }

    @Test
    void theOldProgressAddressSaysItIsRetiringAndWhereToGo() {
        Api.as(reporter()).get(PROGRESS).then().statusCode(200)
                .header("Deprecation", equalTo("@1796256000")) // 03/12/2026, 00:00 UTC
                .header("Sunset", equalTo("Wed, 30 Jun 2027 00:00:00 GMT"))
                .header("Link", equalTo("</api/v1/programs/{code}/progress>; rel=\"successor-version\""));
        Api.as(reporter()).get("/api/v1/programs/1TRIEU-SK/progress?period=GD1&root=LCH").then().statusCode(200)
                .header("Deprecation", nullValue()).header("Sunset", nullValue());
    }

    @Test
    void scopeRolesAndBadParameters() {
        // A district officer reports on their own district, not on the province or another district.
        Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT")
                .get("/api/v1/reports/progress?program=1TRIEU-SK&root=LCH-PT&format=csv").then().statusCode(200);
        Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT")
                .get("/api/v1/reports/progress?program=1TRIEU-SK&root=LCH-SH").then().statusCode(404);
        Api.as("doanvien", Roles.MEMBER, "LCH-PT").get(PROGRESS).then().statusCode(403);
        Api.as(reporter()).get(PROGRESS + "&format=pdf").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("format"));
        Api.as(reporter()).get("/api/v1/reports/progress?period=GD1").then().statusCode(400)
                .body("errors[0].field", equalTo("program"));
        Api.as(reporter()).get(PROGRESS + "&asOf=31/05/2022").then().statusCode(400).body("errors[0].field", equalTo("asOf"));
    }

    /**
     * Without program, the report is on the programme running today. None of the reference data's runs now (1TRIEU-SK
     * ended in 2023) and there are several, so at first the caller must name one; two at once are ambiguous.
     */
    @Test
    void withoutAProgrammeTheReportIsOnTheOneRunningToday() {
        String noProgram = "/api/v1/reports/progress?root=LCH";
        Api.as(reporter()).get(noProgram).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("program")).body("errors[0].rule", equalTo("ProgramRunning"))
                .body("errors[0].messageEn", containsString("1TRIEU-SK")).body("errors[0].message", containsString("1TRIEU-SK"));

        String running = runningProgramme();
        Api.as(reporter()).get(noProgram + "&format=json").then().statusCode(200)
                .body("programCode", equalTo(running)).body("period.code", equalTo("Y")).body("rootCode", equalTo("LCH"));
        Api.as(reporter()).get("/api/v1/reports/initiatives?root=LCH").then().statusCode(200).body("programCode", equalTo(running));

        String another = runningProgramme();
        try {
            Api.as(reporter()).get(noProgram).then().statusCode(400)
                    .body("errors[0].field", equalTo("program")).body("errors[0].rule", equalTo("OneProgramRunning"))
                    .body("errors[0].messageEn", containsString(running)).body("errors[0].messageEn", containsString(another));
        } finally {
            endYesterday(running);
            endYesterday(another);
        }
        // A programme whose last period ended yesterday is not running.
        Api.as(reporter()).get(noProgram).then().statusCode(400).body("errors[0].rule", equalTo("ProgramRunning"));
    }

    /** A new programme with one period, Y, from a month ago to a month ahead. */
    private static String runningProgramme() {
        String code = Fixtures.uniqueCode("T-RUN");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Chương trình đang diễn ra"))
                .post("/api/v1/programs").then().statusCode(201);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("code", "Y", "name", "Năm", "kind", "YEAR",
                        "startsOn", LocalDate.now().minusMonths(1).toString(), "endsOn", LocalDate.now().plusMonths(1).toString()))
                .post("/api/v1/programs/" + code + "/periods").then().statusCode(201);
        return code;
    }

    private static void endYesterday(String program) {
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("code", "Y", "name", "Năm", "kind", "YEAR", "version", 0,
                        "startsOn", LocalDate.now().minusMonths(1).toString(), "endsOn", LocalDate.now().minusDays(1).toString()))
                .put("/api/v1/programs/" + program + "/periods/Y").then().statusCode(200);
    }

    private static String reporter() {
        return vn.congdoan.sangkien.common.Tokens.of("service-account-reporting", Roles.REPORTER, null);
    }

    /** The records of a CSV body, header first (by position), then data rows (also by header name). */
    static List<CSVRecord> parseCsv(byte[] body) throws IOException {
        String text = new String(body, StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0), "CSV starts with a byte-order mark for Excel");
        List<CSVRecord> all = new java.util.ArrayList<>();
        try (CSVParser plain = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.RFC4180);
             CSVParser named = CSVParser.parse(new StringReader(text.substring(1)),
                     CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            all.add(plain.iterator().next());
            all.addAll(named.getRecords());
        }
        return all;
    }

    /** The rows of the first sheet by their row number (empty rows are absent in the file). */
    static List<Row> parseXlsx(byte[] body) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            List<Row> present = workbook.getFirstSheet().read();
            Row[] byNumber = new Row[present.stream().mapToInt(Row::getRowNum).max().orElse(0)];
            present.forEach(r -> byNumber[r.getRowNum() - 1] = r);
            return java.util.Arrays.asList(byNumber);
        }
    }
}
