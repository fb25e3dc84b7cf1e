package vn.congdoan.sangkien.reward;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.common.text.VietnamClock;
import vn.congdoan.sangkien.security.Roles;

import org.dhatim.fastexcel.reader.ReadableWorkbook;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rewards: a district proposes to the province, which decides; others see nothing, lower levels decide nothing. */
@QuarkusTest
class RewardResourceTest {

    private static final String REWARDS = "/api/v1/programs/1TRIEU-SK/rewards";

    private static RequestSpecification phongTho() {
        return Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").contentType(ContentType.JSON);
    }

    private static RequestSpecification province() {
        return Api.as("ldld.laichau", Roles.FEDERATION_OFFICER, "LCH").contentType(ContentType.JSON);
    }

    private static RequestSpecification sinHo() {
        return Api.as("cb.sinho", Roles.UNIT_OFFICER, "LCH-SH").contentType(ContentType.JSON);
    }

    private static Map<String, Object> unitProposal(String unit, String form) {
        return new HashMap<>(Map.of("kind", "PERIOD", "periodCode", "GD1", "recipientType", "UNIT",
                "recipientUnitCode", unit, "form", form, "reason", "Vượt chỉ tiêu giai đoạn 1"));
    }

    @Test
    void aDistrictProposesTheProvinceDecidesAndNobodyElseCan() {
        int id = phongTho().body(unitProposal("LCH-PT", "PROVINCIAL_CERTIFICATE")).post(REWARDS).then().statusCode(201)
                .header("Location", containsString("/api/v1/rewards/"))
                .body("status", equalTo("PROPOSED")).body("decidingUnitCode", equalTo("LCH"))
                .body("proposingUnitCode", equalTo("LCH-PT")).body("proposedBy", equalTo("cb.phongtho"))
                .body("formTitle", equalTo("Bằng khen của Liên đoàn Lao động tỉnh"))
                .body("figures.target", equalTo(135)).body("figures.valid", notNullValue())
                .body("canDecide", equalTo(false)).extract().path("id");
        String reward = "/api/v1/rewards/" + id;

        // The proposer may not decide its own proposal; another district does not even see it.
        phongTho().body(Map.of("version", 0, "decisionNumber", "1/QĐ", "decisionDate", "2022-06-15")).post(reward + "/decide")
                .then().statusCode(403).contentType("application/problem+json")
                .body("errors[0].rule", equalTo("DecidingLevelOnly")).body("errors[0].message", containsString("Lai Châu"));
        sinHo().get(reward).then().statusCode(404);
        sinHo().body(Map.of("version", 0, "reason", "Không")).post(reward + "/reject").then().statusCode(404);
        sinHo().get(REWARDS).then().statusCode(200).body("items.id", not(hasItem(id)));
        Api.as("member.a", Roles.MEMBER, "LCH-PT").get(REWARDS).then().statusCode(403);

        // The province decides it, from the version it read, once.
        province().get(REWARDS + "?status=PROPOSED&period=GD1").then().statusCode(200).body("items.id", hasItem(id));
        province().get(reward).then().statusCode(200).body("canDecide", equalTo(true));
        province().body(Map.of("version", 3, "decisionNumber", "125/QĐ-LĐLĐ", "decisionDate", "2022-06-15"))
                .post(reward + "/decide").then().statusCode(409).body("type", equalTo("urn:sangkien:problem:stale-version"));
        province().body(Map.of("version", 0, "decisionNumber", "125/QĐ-LĐLĐ", "decisionDate", "2022-06-15"))
                .post(reward + "/decide").then().statusCode(200)
                .body("status", equalTo("DECIDED")).body("decisionNumber", equalTo("125/QĐ-LĐLĐ"))
                .body("decisionDate", equalTo("2022-06-15")).body("decidedBy", equalTo("ldld.laichau")).body("version", equalTo(1));
        province().body(Map.of("version", 1, "reason", "Đổi ý")).post(reward + "/reject").then().statusCode(409)
                .body("detail", containsString("DECIDED"));
        phongTho().get(reward).then().statusCode(200).body("status", equalTo("DECIDED"));
        province().get(reward).then().statusCode(200).body("canDecide", equalTo(false));
        province().body(Map.of("version", 1, "decisionNumber", "1/QĐ", "decisionDate",
                VietnamClock.today().plusDays(1).toString())).post(reward + "/decide").then().statusCode(400)
                .body("errors[0].field", equalTo("decisionDate"));
    }

    @Test
    void membersAndInitiativesAuthorsAndSuddenRewardsAndARefusal() {
        int member = phongTho().body(Map.of("kind", "SUDDEN", "recipientType", "MEMBER", "recipientUnitCode", "LCH-PT",
                        "memberName", "Nguyễn Thị Hoa", "form", "NATIONAL_CERTIFICATE", "reason", "Sáng kiến chống dịch"))
                .post(REWARDS).then().statusCode(201).body("decidingUnitCode", equalTo("TLD")).body("memberName", equalTo("Nguyễn Thị Hoa"))
                .body("periodCode", equalTo(null)).body("figures", equalTo(null)).extract().path("id");
        // Lai Châu is below the national confederation: it sees the proposal but does not decide it.
        province().body(Map.of("version", 0, "reason", "Không")).post("/api/v1/rewards/" + member + "/reject").then().statusCode(403);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("version", 0, "reason", "Chưa đủ thành tích"))
                .post("/api/v1/rewards/" + member + "/reject").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("rejectionReason", equalTo("Chưa đủ thành tích"));

        long draft = Fixtures.createInitiative("LCH-PT", "Sáng kiến chưa công nhận", "2022-02-01");
        phongTho().body(Map.of("kind", "SUDDEN", "recipientType", "INITIATIVE", "initiativeId", draft,
                "form", "PROVINCIAL_CERTIFICATE", "reason", "Tác giả")).post(REWARDS).then().statusCode(400)
                .body("errors[0].field", equalTo("initiativeId")).body("errors[0].rule", equalTo("RewardableInitiative"));
        long recognised = Fixtures.createInitiative("LCH-PT", "Sáng kiến được công nhận", "2022-02-01");
        Fixtures.underReview(recognised, "LCH", "giamkhao");
        Fixtures.recognise(recognised, "A");
        phongTho().body(Map.of("kind", "SUDDEN", "recipientType", "INITIATIVE", "initiativeId", recognised,
                        "form", "PROVINCIAL_CERTIFICATE", "reason", "Tác giả sáng kiến loại A")).post(REWARDS).then().statusCode(201)
                .body("initiativeTitle", equalTo("Sáng kiến được công nhận")).body("recipientUnitCode", equalTo("LCH-PT"));
    }

    @Test
    void theDecidedListIsADecisionsAnnexInXlsxAndCsvWithinReachOnly() throws Exception {
        String reason = "Phụ lục " + java.util.UUID.randomUUID();
        Map<String, Object> proposal = unitProposal("LCH-PT", "PROVINCIAL_CERTIFICATE");
        proposal.put("reason", reason);
        int id = phongTho().body(proposal).post(REWARDS).then().statusCode(201).extract().path("id");
        province().body(Map.of("version", 0, "decisionNumber", "88/QĐ-LĐLĐ", "decisionDate", "2022-06-20"))
                .post("/api/v1/rewards/" + id + "/decide").then().statusCode(200);

        byte[] xlsx = province().get(REWARDS + "?status=DECIDED&period=GD1&format=xlsx").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", containsString("khen-thuong-1TRIEU-SK-GD1-decided.xlsx")).extract().asByteArray();
        List<String> cells = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            workbook.getFirstSheet().read().forEach(row -> row.forEach(cell -> cells.add(cell == null ? "" : cell.getText())));
        }
        assertTrue(cells.stream().anyMatch(c -> c.startsWith("Phụ lục: danh sách được khen thưởng")), cells.toString());
        assertTrue(cells.containsAll(List.of("STT", "Được khen", "Số quyết định", reason, "88/QĐ-LĐLĐ", "Đã quyết định",
                "Bằng khen của Liên đoàn Lao động tỉnh", "135")), cells.toString());

        String csv = province().accept("text/csv").get(REWARDS + "?status=DECIDED").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("\uFEFFno,recipient,recipientUnitCode,"), csv); // the BOM: Excel reads it as UTF-8
        assertTrue(csv.contains(reason) && csv.contains("88/QĐ-LĐLĐ"), csv);
        assertFalse(sinHo().accept("text/csv").get(REWARDS).then().statusCode(200).extract().asString().contains(reason));
        province().get(REWARDS + "?format=pdf").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("format"));
    }

    @Test
    void refusesWhatNoLevelCouldDecideAndRecipientsOutsideTheProposingUnit() {
        Map<String, Object> noPeriod = unitProposal("LCH-PT", "PROVINCIAL_CERTIFICATE");
        noPeriod.remove("periodCode");
        phongTho().body(noPeriod).post(REWARDS).then().statusCode(400).body("errors.field", hasItem("periodCode"));
        Map<String, Object> suddenWithPeriod = unitProposal("LCH-PT", "PROVINCIAL_CERTIFICATE");
        suddenWithPeriod.put("kind", "SUDDEN");
        phongTho().body(suddenWithPeriod).post(REWARDS).then().statusCode(400)
                .body("errors[0].rule", equalTo("OnlyForPeriodRewards"));
        // A district's certificate is given by a district-level union above the proposer: there is none above Phong Thổ.
        phongTho().body(unitProposal("LCH-PT", "DISTRICT_CERTIFICATE")).post(REWARDS).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("form"))
                .body("errors[0].rule", equalTo("NoDecidingLevel")).body("errors[0].message", containsString("Giấy khen"));
        phongTho().body(unitProposal("LCH-SH", "PROVINCIAL_CERTIFICATE")).post(REWARDS).then().statusCode(400)
                .body("errors[0].field", equalTo("recipientUnitCode"));
        // The province may propose in the name of one of its districts.
        province().body(Map.of("kind", "PERIOD", "periodCode", "GD1", "recipientType", "UNIT", "recipientUnitCode", "LCH-PT",
                        "form", "PROVINCIAL_CERTIFICATE", "reason", "Vượt chỉ tiêu", "proposingUnitCode", "LCH-PT"))
                .post(REWARDS).then().statusCode(201).body("proposedBy", equalTo("ldld.laichau"));
        phongTho().body(Map.of("kind", "PERIOD", "recipientType", "UNIT", "form", "PROVINCIAL_CERTIFICATE", "reason", " "))
                .post(REWARDS).then().statusCode(400).body("errors.field", hasItems("reason"));
    }
}
