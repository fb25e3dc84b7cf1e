package vn.congdoan.sangkien.initiative;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Fixtures;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static vn.congdoan.sangkien.common.Api.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class InitiativeResourceTest {

    @Test
    void createsADraftAndReadsItBack() {
        String unit = Fixtures.createUnit("T-INI", "CĐCS Trường PTDTBT Mù Cả", "GRASSROOTS", "LCH-MT");
        String location = asAdmin().contentType(ContentType.JSON)
                .body(Fixtures.initiativeJson(unit, "Sáng kiến lọc nước sạch cho điểm trường", "2022-03-15"))
                .post("/api/v1/initiatives")
                .then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("version", equalTo(0))
                .body("authors.fullName", contains("Nguyễn Thị Hoa", "Lò Văn Minh"))
                .extract().header("Location");
        asAdmin().get(location).then().statusCode(200)
                .body("title", equalTo("Sáng kiến lọc nước sạch cho điểm trường"))
                .body("unitName", equalTo("CĐCS Trường PTDTBT Mù Cả"))
                .body("firstAppliedOn", equalTo("2022-03-15"))
                .body("authors[0].contributionPercent", equalTo(60.0f))
                .body("authors[1].unionMember", equalTo(true));
    }

    @Test
    void searchFindsVietnameseTextTypedWithoutDiacritics() {
        String unit = Fixtures.createUnit("T-SRCH", "CĐCS Bệnh viện huyện", "GRASSROOTS", "LCH-YT");
        long wanted = Fixtures.createInitiative(unit, "Sáng kiến xử lý nước sạch bằng than hoạt tính", "2022-04-01");
        Fixtures.createInitiative(unit, "Cải tiến sổ theo dõi đoàn viên", "2022-04-01");
        asAdmin().get("/api/v1/initiatives?q=sang kien nuoc sach&unit=" + unit)
                .then().statusCode(200).body("items.id", contains((int) wanted)).body("totalItems", equalTo(1));
        // Author names are searchable too, and "đ" folds to "d".
        asAdmin().get("/api/v1/initiatives?q=lo van minh doan vien&unit=" + unit)
                .then().statusCode(200).body("items.title", contains("Cải tiến sổ theo dõi đoàn viên"));
        asAdmin().get("/api/v1/initiatives?q=khong co gi&unit=" + unit).then().statusCode(200).body("items", empty());
        // Whole words in any order, and search syntax typed by a user is only text.
        asAdmin().get("/api/v1/initiatives?q=tinh hoat than&unit=" + unit)
                .then().statusCode(200).body("items.id", contains((int) wanted));
        asAdmin().queryParam("q", "tính hoạt & (sạch | !than):*").get("/api/v1/initiatives?unit=" + unit)
                .then().statusCode(200).body("items.id", contains((int) wanted));
    }

    @Test
    void aWordTooLongToIndexNeitherStopsASaveNorHidesTheDossier() {
        // PostgreSQL refuses a tsvector word of over 2,046 bytes; the index leaves such a word out, as to_tsvector did.
        String unit = Fixtures.createUnit("T-LONG", "CĐCS Trường chữ dài", "GRASSROOTS", "LCH-MT");
        String body = Fixtures.initiativeJson(unit, "Sổ mã hóa tài liệu dài", "2022-04-01")
                .replace("Bể lọc nhiều tầng bằng vật liệu địa phương", "Chuỗi " + "A1b2".repeat(700) + " bảo mật");
        long id = asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/initiatives")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        asAdmin().get("/api/v1/initiatives?q=chuoi bao mat&unit=" + unit).then().statusCode(200).body("items.id", contains((int) id));
        asAdmin().get("/api/v1/initiatives?q=so ma hoa tai lieu dai").then().statusCode(200).body("items.id", hasItem((int) id));
        asAdmin().get("/api/v1/initiatives?q=" + "x".repeat(201)).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("q")).body("errors[0].rule", equalTo("Size"));
    }

    @Test
    void filtersBySubtreePeriodStatusAndSortsByTitleInVietnamese() {
        String district = Fixtures.createUnit("T-FLT", "Huyện lọc", "DISTRICT_FEDERATION", "TLD");
        String school = Fixtures.createUnit("T-FLT", "CĐCS Trường", "GRASSROOTS", district);
        long phase1 = Fixtures.createInitiative(school, "Đổi mới sinh hoạt tổ", "2022-05-31");
        long phase2 = Fixtures.createInitiative(district, "An toàn lao động", "2022-06-01");
        asAdmin().get("/api/v1/initiatives?unit=" + district + "&sort=title")
                .then().statusCode(200).body("items.id", contains((int) phase2, (int) phase1));
        asAdmin().get("/api/v1/initiatives?unit=" + district + "&program=1TRIEU-SK&period=GD1")
                .then().body("items.id", contains((int) phase1));
        asAdmin().get("/api/v1/initiatives?unit=" + district + "&program=1TRIEU-SK&period=GD2")
                .then().body("items.id", contains((int) phase2));
        asAdmin().get("/api/v1/initiatives?unit=" + school).then().body("items.id", contains((int) phase1));
        asAdmin().get("/api/v1/initiatives?unit=" + district + "&status=DRAFT&status=SUBMITTED&field=SOCIO_ECONOMIC&solutionType=TECHNICAL")
                .then().body("totalItems", equalTo(2));
        asAdmin().get("/api/v1/initiatives?unit=" + district + "&status=VALID").then().body("items", empty());
        asAdmin().get("/api/v1/initiatives?period=GD1").then().statusCode(400).body("errors[0].field", equalTo("program"));
    }

    @Test
    void filtersByTheGradeOfTheRecognition() {
        String district = Fixtures.createUnit("T-GRD", "Huyện xếp loại", "DISTRICT_FEDERATION", "TLD");
        String evaluator = "gk." + district.toLowerCase();
        long gradeA = Fixtures.createInitiative(district, "Sáng kiến loại A", "2022-04-01");
        long gradeB = Fixtures.createInitiative(district, "Sáng kiến loại B", "2022-04-01");
        Fixtures.createInitiative(district, "Sáng kiến chưa xếp loại", "2022-04-01");
        Fixtures.underReview(gradeA, district, evaluator);
        Fixtures.recognise(gradeA, "A");
        Fixtures.underReview(gradeB, district, evaluator);
        Fixtures.recognise(gradeB, "B");
        asAdmin().get("/api/v1/initiatives?unit=" + district + "&grade=A").then().statusCode(200)
                .body("items.id", contains((int) gradeA)).body("items[0].grade", equalTo("A")).body("totalItems", equalTo(1));
        asAdmin().get("/api/v1/initiatives?unit=" + district + "&grade=B&status=RECOGNISED").then()
                .body("items.id", contains((int) gradeB));
        asAdmin().get("/api/v1/initiatives?unit=" + district + "&grade=B&status=VALID").then().body("items", empty());
        asAdmin().get("/api/v1/initiatives?unit=" + district + "&grade=C").then().body("items", empty()).body("totalItems", equalTo(0));
        asAdmin().get("/api/v1/initiatives?unit=" + district).then().body("totalItems", equalTo(3));
    }

    @Test
    void pagesThroughTheResultsInOrderAndCountsThemAll() {
        String district = Fixtures.createUnit("T-PAGE", "Huyện phân trang", "DISTRICT_FEDERATION", "TLD");
        // Created out of order; "Đ" sorts after "D" and before "G" in Vietnamese.
        long giang = Fixtures.createInitiative(district, "Giàn trồng rau thủy canh", "2022-04-01");
        long an = Fixtures.createInitiative(district, "An toàn điện trong xưởng", "2022-04-01");
        long dao = Fixtures.createInitiative(district, "Đào tạo đoàn viên qua điện thoại", "2022-04-01");
        long binh = Fixtures.createInitiative(district, "Bình lọc nước gia đình", "2022-04-01");
        long dung = Fixtures.createInitiative(district, "Dụng cụ tách hạt ngô", "2022-04-01");
        String list = "/api/v1/initiatives?unit=" + district + "&sort=title&size=2&page=";
        asAdmin().get(list + 0).then().statusCode(200)
                .body("items.id", contains((int) an, (int) binh))
                .body("page", equalTo(0)).body("size", equalTo(2)).body("totalItems", equalTo(5)).body("totalPages", equalTo(3));
        asAdmin().get(list + 1).then().statusCode(200)
                .body("items.id", contains((int) dung, (int) dao)).body("page", equalTo(1)).body("totalItems", equalTo(5));
        asAdmin().get(list + 2).then().body("items.id", contains((int) giang)).body("totalPages", equalTo(3));
        asAdmin().get(list + 3).then().statusCode(200).body("items", empty()).body("totalItems", equalTo(5));
        // Descending, and by default the most recently changed first.
        asAdmin().get("/api/v1/initiatives?unit=" + district + "&sort=-title&size=2&page=0").then()
                .body("items.id", contains((int) giang, (int) dao));
        asAdmin().get("/api/v1/initiatives?unit=" + district + "&size=3&page=1").then()
                .body("items.id", contains((int) an, (int) giang)).body("totalPages", equalTo(2));
        asAdmin().get("/api/v1/initiatives?unit=" + district + "&size=0").then().statusCode(400).body("errors[0].field", equalTo("size"));
        asAdmin().get("/api/v1/initiatives?unit=" + district + "&size=201").then().statusCode(400).body("errors[0].field", equalTo("size"));
        asAdmin().get("/api/v1/initiatives?unit=" + district + "&page=-1").then().statusCode(400).body("errors[0].field", equalTo("page"));
        asAdmin().get("/api/v1/initiatives?unit=" + district + "&sort=secret").then().statusCode(400)
                .body("errors[0].field", equalTo("sort")).body("errors[0].rule", equalTo("SortField"));
    }

    @Test
    void refusesAnInvalidDossierFieldByField() {
        String body = """
                {"programCode": "1TRIEU-SK", "unitCode": "LCH-PT", "title": "",
                 "solutionType": "TECHNICAL", "field": "SOCIO_ECONOMIC", "firstAppliedOn": "2030-01-01",
                 "authors": [{"fullName": "A", "contributionPercent": 70}, {"fullName": " ", "contributionPercent": 0}]}
                """;
        asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/initiatives")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("title", "firstAppliedOn", "authors[1].fullName", "authors[1].contributionPercent"))
                .body("errors.find { it.field == 'firstAppliedOn' }.rule", equalTo("PastOrPresent"));
    }

    @Test
    void refusesADateOutsideTheProgrammeAndSharesNotAddingUpTo100() {
        String body = Fixtures.initiativeJson("LCH-PT", "Sáng kiến cũ", "2021-08-31").replace("\"contributionPercent\": 40", "\"contributionPercent\": 30");
        asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/initiatives")
                .then().statusCode(400)
                .body("errors.find { it.field == 'firstAppliedOn' }.rule", equalTo("WithinProgramWindow"))
                .body("errors.find { it.field == 'firstAppliedOn' }.message", containsString("01/09/2021"))
                .body("errors.find { it.field == 'authors' }.rule", equalTo("ContributionSum"))
                .body("errors.find { it.field == 'authors' }.message", containsString("90"));
        asAdmin().contentType(ContentType.JSON).body(Fixtures.initiativeJson("KHONG-CO", "X", "2022-01-01"))
                .post("/api/v1/initiatives").then().statusCode(400)
                .body("errors[0].field", equalTo("unitCode")).body("errors[0].rule", equalTo("UnitExists"));
    }

    @Test
    void updatesFromTheCurrentVersionOnly() {
        long id = Fixtures.createInitiative("LCH-SH", "Sổ tay an toàn", "2022-02-02");
        String update = Fixtures.initiativeJson("LCH-SH", "Sổ tay an toàn lao động bằng tiếng Mông", "2022-02-02")
                .replaceFirst("\\{", "{\"version\": 0, ");
        asAdmin().contentType(ContentType.JSON).body(update).put("/api/v1/initiatives/" + id)
                .then().statusCode(200).body("version", equalTo(1)).body("title", endsWith("tiếng Mông"));
        asAdmin().contentType(ContentType.JSON).body(update).put("/api/v1/initiatives/" + id)
                .then().statusCode(409).body("type", equalTo("urn:sangkien:problem:stale-version"));
        asAdmin().get("/api/v1/initiatives?q=tieng mong").then().body("items.id", hasItem((int) id));
    }

    @Test
    void twoConcurrentUpdatesGiveOne200AndOne409() throws Exception {
        long id = Fixtures.createInitiative("LCH-TD", "Sáng kiến song song", "2022-02-02");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (String title : new String[]{"Bản của người thứ nhất", "Bản của người thứ hai"}) {
            String body = Fixtures.initiativeJson("LCH-TD", title, "2022-02-02").replaceFirst("\\{", "{\"version\": 0, ");
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return asAdmin().contentType(ContentType.JSON).body(body).put("/api/v1/initiatives/" + id).statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Integer> call : calls) {
            statuses.add(call.get());
        }
        org.hamcrest.MatcherAssert.assertThat(statuses, containsInAnyOrder(200, 409));
        JsonPath stored = asAdmin().get("/api/v1/initiatives/" + id).then().extract().jsonPath();
        assertEquals(1, stored.getInt("version"));
    }

    @Test
    void deletesOnlyDraftsAndOnlyFromTheCurrentVersion() {
        long id = Fixtures.createInitiative("LCH-NN", "Bản nháp bỏ đi", "2022-02-02");
        asAdmin().delete("/api/v1/initiatives/" + id).then().statusCode(400).body("errors[0].field", equalTo("version"));
        asAdmin().delete("/api/v1/initiatives/" + id + "?version=3").then().statusCode(409);
        asAdmin().delete("/api/v1/initiatives/" + id + "?version=0").then().statusCode(204);
        asAdmin().get("/api/v1/initiatives/" + id).then().statusCode(404).body("detail", containsString("sáng kiến"));
    }
}
