package vn.congdoan.sangkien.review;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.common.StatusHistory;
import vn.congdoan.sangkien.security.Roles;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.congdoan.sangkien.common.Api.asAdmin;

/**
 * The review report against numbers worked out by hand for a throw-away province:
 * <pre>
 * province P (GD1 target 4)
 *   district D1 (target 1): CĐCS G1 (ENTERPRISE): a VALID 01/3/2022, b VALID 01/4/2022; CĐCS G2: nothing
 *   district D2 (target 3): CĐCS G3 (PUBLIC_SERVICE): c SUBMITTED 15/3, VALID 20/6/2022; d SUBMITTED 15/3/2022
 *   G1 also: e, first applied in phase 2 (not in GD1)
 * a SOCIO_ECONOMIC, PROVINCIAL_SECTOR, A, 100 000 000; b UNION_INNOVATION, GRASSROOTS, B, 20 000 000;
 * c SOCIO_ECONOMIC, GRASSROOTS, C, 5 000 000; d OTHER, no impact level
 * reward: D1, Bằng khen of the province for GD1, decided 15/6/2022
 * authors: each dossier has Nguyễn Thị Hoa (1985-03-14) and Lò Văn Minh, members; c's second is Vàng A Dế, not a member;
 * e's second is Tác giả giai đoạn hai (outside GD1): 3 people wrote GD1's filed initiatives, 2 of them members
 * afterwards (today): a is returned for more information and edited, b's value changed — the past reports must not move
 * </pre>
 */
@QuarkusTest
class ReviewReportTest {

    private static final String PROGRAM = "/api/v1/programs/1TRIEU-SK";

    @Inject
    EntityManager em;

    @Test
    void everySectionEqualsTheHandComputedNumbersAndAnEarlierAsOfGivesTheEarlierOnes() throws Exception {
        String p = Fixtures.createUnit("T-REV", "Tỉnh sơ kết", "PROVINCIAL_FEDERATION", "TLD");
        String d1 = Fixtures.createUnit("T-REV", "Huyện 1", "DISTRICT_FEDERATION", p);
        String d2 = Fixtures.createUnit("T-REV", "Huyện 2", "DISTRICT_FEDERATION", p);
        String g1 = Fixtures.createUnit("T-REV", "CĐCS Công ty một", "GRASSROOTS", d1);
        Fixtures.createUnit("T-REV", "CĐCS không tham gia", "GRASSROOTS", d1);
        String g3 = Fixtures.createUnit("T-REV", "CĐCS Bệnh viện", "GRASSROOTS", d2);
        sql("update unit set sector = 'ENTERPRISE' where code = '" + g1 + "'");
        sql("update unit set sector = 'PUBLIC_SERVICE' where code = '" + g3 + "'");
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", 0, "targets", Map.of("2022-2023", 8, "GD1", 4, "GD2", 4)))
                .put(PROGRAM + "/quotas/" + p).then().statusCode(200);
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", 0, "allocations", List.of(
                        Map.of("unitCode", d1, "targets", Map.of("2022-2023", 2, "GD1", 1, "GD2", 1)),
                        Map.of("unitCode", d2, "targets", Map.of("2022-2023", 6, "GD1", 3, "GD2", 3)))))
                .put(PROGRAM + "/quotas/" + p + "/allocation").then().statusCode(200);

        long a = dossier(g1, "Sáng kiến A", "2022-01-10", "SOCIO_ECONOMIC", "'PROVINCIAL_SECTOR'", "'A'", 100_000_000);
        long b = dossier(g1, "Sáng kiến B", "2022-02-10", "UNION_INNOVATION", "'GRASSROOTS'", "'B'", 20_000_000);
        long c = dossier(g3, "Sáng kiến C", "2022-03-10", "SOCIO_ECONOMIC", "'GRASSROOTS'", "'C'", 5_000_000);
        long d = dossier(g3, "Sáng kiến D", "2022-04-10", "OTHER", "null", "null", 0);
        long e = dossier(g1, "Sáng kiến giai đoạn hai", "2022-08-01", "SOCIO_ECONOMIC", "'GRASSROOTS'", "'A'", 1);
        sql("update initiative_author set full_name = 'Vàng A Dế', union_member = false where position = 1 and initiative_id = " + c);
        sql("update initiative_author set full_name = 'Tác giả giai đoạn hai' where position = 1 and initiative_id = " + e);
        StatusHistory.set(em, "SUBMITTED", LocalDate.of(2022, 3, 15), c, d);
        StatusHistory.set(em, "VALID", LocalDate.of(2022, 3, 1), a);
        StatusHistory.set(em, "VALID", LocalDate.of(2022, 4, 1), b);
        StatusHistory.set(em, "VALID", LocalDate.of(2022, 6, 20), c);
        StatusHistory.set(em, "VALID", LocalDate.of(2022, 9, 1), e);
        long reward = asAdmin().contentType(ContentType.JSON).body(Map.of("kind", "PERIOD", "periodCode", "GD1",
                        "recipientType", "UNIT", "recipientUnitCode", d1, "proposingUnitCode", d1,
                        "form", "PROVINCIAL_CERTIFICATE", "reason", "Vượt chỉ tiêu giai đoạn 1"))
                .post(PROGRAM + "/rewards").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.asDecidingAdmin().contentType(ContentType.JSON)
                .body(Map.of("version", 0, "decisionNumber", "15/QĐ-LĐLĐ", "decisionDate", "2022-06-15"))
                .post("/api/v1/rewards/" + reward + "/decide").then().statusCode(200);

        // After c's validation and the reward: 30/6/2022.
        JsonPath late = review(p, "2022-06-30");
        assertEquals("INTERIM", late.getString("kind"));
        assertEquals("GD1", late.getString("period.code"));
        assertEquals(p, late.getString("rootCode"));
        assertEquals("2022-06-30", late.getString("asOf"));
        // (1) the root, then its two districts
        assertEquals(List.of(p, d1, d2), late.getList("units.unitCode"));
        assertEquals(List.of(4, 1, 3), late.getList("units.target"));
        assertEquals(List.of(3, 2, 1), late.getList("units.valid"));
        assertEquals(List.of(1, 0, 1), late.getList("units.pipeline"));  // d still submitted
        assertEquals(List.of(75.0f, 200.0f, 33.3f), late.getList("units.percent"));
        assertEquals(125_000_000L, late.getLong("units[0].estimatedValueVnd"));
        // (2) D1 only: 2 of 1
        assertEquals(List.of(d1), late.getList("exceeders.unitCode"));
        // (3) current statuses, drafts left out, phase 2's e outside GD1
        assertEquals(Map.of("SOCIO_ECONOMIC", List.of(2, 2, 105_000_000), "UNION_INNOVATION", List.of(1, 1, 20_000_000),
                "OTHER", List.of(1, 0, 0)), rows(late, "byField"));
        assertEquals(Map.of("ENTERPRISE", List.of(2, 2, 120_000_000), "PUBLIC_SERVICE", List.of(2, 1, 5_000_000)), rows(late, "bySector"));
        assertEquals(Map.of("PROVINCIAL_SECTOR", List.of(1, 1, 100_000_000), "GRASSROOTS", List.of(2, 2, 25_000_000),
                "NONE", List.of(1, 0, 0)), rows(late, "byImpactLevel"));
        // (4) three grassroots unions, G1 and G3 took part and have a valid one
        assertEquals(3, late.getInt("participation.grassrootsUnits"));
        assertEquals(2, late.getInt("participation.participatingUnits"));
        assertEquals(66.7f, late.getFloat("participation.participationPercent"));
        assertEquals(2, late.getInt("participation.unitsWithValid"));
        assertEquals(3, late.getInt("participation.authors"));
        assertEquals(2, late.getInt("participation.memberAuthors"));
        // (5) the one reward, decided 15/6/2022
        assertEquals(List.of((int) reward), late.getList("rewards.id"));
        assertEquals("15/QĐ-LĐLĐ", late.getString("rewards[0].decisionNumber"));
        assertEquals(d1, late.getString("rewards[0].recipientUnitCode"));
        // (6) widest impact first, then grade
        assertEquals(List.of((int) a, (int) b, (int) c), late.getList("typicalInitiatives.id"));
        assertEquals(List.of("SOCIO_ECONOMIC", "UNION_INNOVATION", "SOCIO_ECONOMIC"), late.getList("typicalInitiatives.field"));
        assertEquals(g1, late.getString("typicalInitiatives[0].unitCode"));

        // At the end of the phase, 31/5/2022: c not yet valid, no reward yet.
        JsonPath end = review(p, "2022-05-31");
        assertEquals(List.of(2, 2, 0), end.getList("units.valid"));
        assertEquals(List.of(2, 0, 2), end.getList("units.pipeline"));
        assertEquals(List.of(d1), end.getList("exceeders.unitCode"));
        assertEquals(List.of(), end.getList("rewards"));
        assertEquals(List.of((int) a, (int) b), end.getList("typicalInitiatives.id"));
        assertEquals(Map.of("SOCIO_ECONOMIC", List.of(2, 1, 100_000_000), "UNION_INNOVATION", List.of(1, 1, 20_000_000),
                "OTHER", List.of(1, 0, 0)), rows(end, "byField"));
        assertEquals(Map.of("PROVINCIAL_SECTOR", List.of(1, 1, 100_000_000), "GRASSROOTS", List.of(1, 1, 20_000_000),
                "NONE", List.of(2, 0, 0)), rows(end, "byImpactLevel"));
        assertEquals(1, end.getInt("participation.unitsWithValid"));

        // Later changes leave past days alone: a returned today and edited (its decision withdrawn), b's value changed.
        String lateBefore = reviewBody(p, "2022-06-30");
        String endBefore = reviewBody(p, "2022-05-31");
        StatusHistory.set(em, "RETURNED", LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")), a);
        sql("update initiative set field = 'OTHER', impact_level = null, grade = null where id = " + a);
        sql("update initiative set estimated_value_vnd = 1 where id = " + b);
        assertEquals(lateBefore, reviewBody(p, "2022-06-30"));
        assertEquals(endBefore, reviewBody(p, "2022-05-31"));
        // while today's report sees them: a no longer valid
        JsonPath today = asAdmin().get(PROGRAM + "/review?period=GD1&root=" + p).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(2, 1, 1), today.getList("units.valid"));
        assertEquals(List.of((int) b, (int) c), today.getList("typicalInitiatives.id"));
        assertEquals(2, today.getInt("participation.unitsWithValid"));

        // The whole programme is the final report.
        asAdmin().get(PROGRAM + "/review?period=2022-2023&root=" + p).then().statusCode(200).body("kind", equalTo("FINAL"));

        // XLSX: a sheet per section, Vietnamese headings, the same numbers as numbers.
        byte[] xlsx = asAdmin().get(PROGRAM + "/review?period=GD1&root=" + p + "&asOf=2022-06-30&format=xlsx").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("so-ket-1TRIEU-SK-GD1-" + p + "-2022-06-30.xlsx"))
                .extract().asByteArray();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = book.getSheets().toList();
            assertEquals(List.of("1. Chỉ tiêu và kết quả", "2. Vượt chỉ tiêu", "3. Cơ cấu", "4. Tham gia", "5. Khen thưởng",
                    "6. Sáng kiến tiêu biểu"), sheets.stream().map(Sheet::getName).toList());
            List<Row> units = byNumber(sheets.get(0));
            assertEquals("Báo cáo sơ kết Giai đoạn 1 (chỉ tiêu năm 2022) – Tỉnh sơ kết – tính đến ngày 30/06/2022 – 1. Chỉ tiêu và kết quả",
                    units.get(0).getCellText(0));
            assertEquals("Mã đơn vị", units.get(2).getCellText(0));
            assertEquals("Chỉ tiêu", units.get(2).getCellText(3));
            assertEquals("Hợp lệ", units.get(2).getCellText(4));
            assertEquals(p, units.get(3).getCellText(0));
            assertEquals(new BigDecimal("4"), units.get(3).getCell(3).asNumber());
            assertEquals(new BigDecimal("3"), units.get(3).getCell(4).asNumber());
            assertEquals(d1, byNumber(sheets.get(1)).get(3).getCellText(0));
            List<Row> breakdown = byNumber(sheets.get(2));
            assertEquals(List.of("Lĩnh vực", "Phát triển kinh tế – xã hội"), List.of(breakdown.get(3).getCellText(0), breakdown.get(3).getCellText(1)));
            assertEquals(new BigDecimal("2"), breakdown.get(3).getCell(2).asNumber());
            assertEquals(true, breakdown.stream().anyMatch(r -> r != null && "Chưa ghi".equals(r.getCellText(1))));
            assertEquals(true, breakdown.stream().anyMatch(r -> r != null && "Viên chức, người lao động các đơn vị sự nghiệp công lập".equals(r.getCellText(1))));
            List<Row> participation = byNumber(sheets.get(3));
            assertEquals("Số CĐCS", participation.get(2).getCellText(0));
            assertEquals(new BigDecimal("3"), participation.get(3).getCell(0).asNumber());
            assertEquals("Số tác giả", participation.get(2).getCellText(5));
            assertEquals(new BigDecimal("3"), participation.get(3).getCell(5).asNumber());
            assertEquals("Phát triển kinh tế – xã hội", byNumber(sheets.get(5)).get(3).getCellText(3));
            assertEquals("Cấp tỉnh, ngành", byNumber(sheets.get(5)).get(3).getCellText(4));
            List<Row> rewards = byNumber(sheets.get(4));
            assertEquals("15/QĐ-LĐLĐ", rewards.get(3).getCellText(0));
            assertEquals(LocalDate.of(2022, 6, 15), rewards.get(3).getCell(1).asDate().toLocalDate());
            assertEquals(6, byNumber(sheets.get(5)).size());  // title, blank, header, three initiatives
        }
    }

    @Test
    void aDistrictSeesOnlyItsOwnAndAMemberNothing() {
        Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").get(PROGRAM + "/review?period=GD1&root=LCH-SH").then().statusCode(404);
        Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").get(PROGRAM + "/review?period=GD1&root=LCH-PT").then().statusCode(200)
                .body("rootCode", equalTo("LCH-PT")).body("units[0].unitCode", equalTo("LCH-PT"));
        Api.as("member.a", Roles.MEMBER, "LCH-PT").get(PROGRAM + "/review?period=GD1&root=LCH-PT").then().statusCode(403);
    }

    /** A sheet's rows by row number (from 0), empty rows as null: the reader leaves them out. */
    private static List<Row> byNumber(Sheet sheet) throws java.io.IOException {
        List<Row> present = sheet.read();
        Row[] rows = new Row[present.stream().mapToInt(Row::getRowNum).max().orElse(0)];
        present.forEach(r -> rows[r.getRowNum() - 1] = r);
        return java.util.Arrays.asList(rows);
    }

    private long dossier(String unit, String title, String firstApplied, String field, String impact, String grade, long value) {
        long id = Fixtures.createInitiative(unit, title, firstApplied);
        sql("update initiative set field = '" + field + "', impact_level = " + impact + ", grade = " + grade
                + ", estimated_value_vnd = " + value + " where id = " + id);
        return id;
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).executeUpdate());
    }

    private static String reviewBody(String root, String asOf) {
        return asAdmin().get(PROGRAM + "/review?period=GD1&root=" + root + "&asOf=" + asOf).then().statusCode(200)
                .extract().asString();
    }

    private static JsonPath review(String root, String asOf) {
        return asAdmin().get(PROGRAM + "/review?period=GD1&root=" + root + "&asOf=" + asOf).then().statusCode(200)
                .extract().jsonPath();
    }

    /** A breakdown as key → [filed, valid, value]. */
    @SuppressWarnings("unchecked")
    private static Map<String, List<Integer>> rows(JsonPath report, String set) {
        Map<String, List<Integer>> rows = new java.util.HashMap<>();
        for (Map<String, Object> r : report.getList(set, Map.class).stream().map(m -> (Map<String, Object>) m).toList()) {
            rows.put((String) r.get("key"), List.of(((Number) r.get("filed")).intValue(), ((Number) r.get("valid")).intValue(),
                    ((Number) r.get("estimatedValueVnd")).intValue()));
        }
        return rows;
    }
}
