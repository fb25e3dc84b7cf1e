package vn.congdoan.sangkien.unit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import io.restassured.specification.RequestSpecification;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Fixtures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static vn.congdoan.sangkien.common.Api.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class UnitResourceTest {

    @Test
    void seedHasTheElevenUnitsOfLaiChauUnderTheProvince() {
        asAdmin().get("/api/v1/units?parent=LCH&size=50")
                .then().statusCode(200)
                .body("totalItems", equalTo(11))
                .body("items.name", hasItems("LĐLĐ huyện Phong Thổ", "LĐLĐ huyện Sìn Hồ", "LĐLĐ huyện Than Uyên",
                        "LĐLĐ Thành phố", "LĐLĐ huyện Tam Đường", "LĐLĐ huyện Tân Uyên", "LĐLĐ huyện Mường Tè",
                        "LĐLĐ huyện Nậm Nhùn", "Công đoàn Viên chức", "Công đoàn ngành Y tế", "Công đoàn ngành Giáo dục"))
                .body("items.parentCode", everyItemIs("LCH"));
    }

    @Test
    void searchIgnoresDiacritics() {
        asAdmin().get("/api/v1/units?q=phong tho")
                .then().statusCode(200)
                .body("items.code", hasItem("LCH-PT"));
        asAdmin().get("/api/v1/units?q=LDLD huyen tan uyen")
                .then().statusCode(200)
                .body("items.name", contains("LĐLĐ huyện Tân Uyên"));
    }

    @Test
    void treeListsChildrenInVietnameseOrder() {
        String root = Fixtures.createUnit("T-TREE", "Gốc thử", "PROVINCIAL_FEDERATION", "TLD");
        for (String name : new String[]{"Đội Bình", "Ân Thi", "Dân Hòa", "An Phú"}) {
            Fixtures.createUnit("T-TREE", name, "GRASSROOTS", root);
        }
        // Vietnamese alphabet: a < ă < â … d < đ
        asAdmin().get("/api/v1/units/" + root + "/tree?depth=1")
                .then().statusCode(200)
                .body("children.name", contains("An Phú", "Ân Thi", "Dân Hòa", "Đội Bình"));
    }

    @Test
    void createsReadsAndUpdatesAUnitWithOptimisticLocking() {
        String code = Fixtures.createUnit("T-UNIT", "CĐCS Trường THPT Phong Thổ", "GRASSROOTS", "LCH-PT");
        asAdmin().get("/api/v1/units/" + code).then().statusCode(200)
                .body("parentCode", equalTo("LCH-PT")).body("depth", equalTo(3)).body("version", equalTo(0));

        Map<String, Object> update = Map.of("name", "CĐCS Trường THPT số 1 Phong Thổ", "type", "GRASSROOTS",
                "parentCode", "LCH-PT", "validFrom", "2021-09-01", "version", 0);
        asAdmin().contentType(ContentType.JSON).body(update).put("/api/v1/units/" + code)
                .then().statusCode(200).body("name", equalTo("CĐCS Trường THPT số 1 Phong Thổ")).body("version", equalTo(1));
        // The same edit from the old version is refused rather than silently overwriting.
        asAdmin().contentType(ContentType.JSON).body(update).put("/api/v1/units/" + code)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:sangkien:problem:stale-version"))
                .body("detail", containsString("phiên bản")).body("detailEn", containsString("version"));
    }

    @Test
    void aUnitOfficerRunsTheUnitsBelowTheirOwn() {
        String province = Fixtures.createUnit("T-OWN", "Tỉnh thử", "PROVINCIAL_FEDERATION", "TLD");
        String district = Fixtures.createUnit("T-OWN", "Huyện thử", "DISTRICT_FEDERATION", province);
        String otherDistrict = Fixtures.createUnit("T-OWN", "Huyện bên", "DISTRICT_FEDERATION", province);

        String school = Fixtures.uniqueCode("T-OWN");
        officerOf(district).body(Map.of("code", school, "name", "CĐCS Trường Tiểu học Bản Lang", "type", "GRASSROOTS",
                        "sector", "PUBLIC_SERVICE", "parentCode", district, "validFrom", "2021-09-01"))
                .post("/api/v1/units").then().statusCode(201).body("sector", equalTo("PUBLIC_SERVICE"));
        String mine = Fixtures.uniqueCode("T-OWN");
        officerOf(district).body(Map.of("code", mine, "name", "CĐCS Công ty Thủy điện Nậm Na", "type", "GRASSROOTS",
                        "sector", "ENTERPRISE", "parentCode", district, "validFrom", "2021-09-01"))
                .post("/api/v1/units").then().statusCode(201);
        // Renamed, moved within the district (under the other grassroots union), then closed: never deleted.
        officerOf(district).body(Map.of("name", "CĐCS Trường Tiểu học số 1 Bản Lang", "type", "GRASSROOTS", "sector", "PUBLIC_SERVICE",
                        "parentCode", mine, "validFrom", "2021-09-01", "version", 0))
                .put("/api/v1/units/" + school).then().statusCode(200)
                .body("name", equalTo("CĐCS Trường Tiểu học số 1 Bản Lang")).body("parentCode", equalTo(mine));
        officerOf(district).body(Map.of("name", "CĐCS Trường Tiểu học số 1 Bản Lang", "type", "GRASSROOTS", "sector", "PUBLIC_SERVICE",
                        "parentCode", mine, "validFrom", "2021-09-01", "validTo", "2025-06-30", "version", 1))
                .put("/api/v1/units/" + school).then().statusCode(200).body("validTo", equalTo("2025-06-30"));
        asAdmin().get("/api/v1/units/" + school).then().statusCode(200);

        // Their own unit and the one above: 403 naming the rule; another district's units: 404; not moved out of scope.
        Map<String, Object> rename = Map.of("name", "Đổi tên", "type", "DISTRICT_FEDERATION", "parentCode", province,
                "validFrom", "2021-09-01", "version", 0);
        officerOf(district).body(rename).put("/api/v1/units/" + district).then().statusCode(403)
                .contentType("application/problem+json").body("errors[0].rule", equalTo("BelowOwnUnit"))
                .body("title", equalTo("Chỉ sửa được các đơn vị cấp dưới của mình"));
        officerOf(district).body(Map.of("name", "Đổi tên", "type", "PROVINCIAL_FEDERATION", "parentCode", "TLD",
                "validFrom", "2021-09-01", "version", 0)).put("/api/v1/units/" + province).then().statusCode(403);
        officerOf(district).body(rename).put("/api/v1/units/" + otherDistrict).then().statusCode(404);
        officerOf(district).body(Map.of("name", "CĐCS Công ty Thủy điện Nậm Na", "type", "GRASSROOTS", "parentCode", otherDistrict,
                        "validFrom", "2021-09-01", "version", 0))
                .put("/api/v1/units/" + mine).then().statusCode(400).body("errors[0].field", equalTo("parentCode"));
        officerOf(district).body(Map.of("code", Fixtures.uniqueCode("T-OWN"), "name", "CĐCS ngoài phạm vi", "type", "GRASSROOTS",
                        "parentCode", otherDistrict, "validFrom", "2021-09-01"))
                .post("/api/v1/units").then().statusCode(400).body("errors[0].field", equalTo("parentCode"));
        asAdmin().get("/api/v1/units/" + district).then().body("name", equalTo("Huyện thử"));
    }

    private static RequestSpecification officerOf(String unitCode) {
        return Api.as("cb.huyenthu", "unit_officer", unitCode).contentType(ContentType.JSON);
    }

    @Test
    void anUnknownSectorIsRefusedNamingTheField() {
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("code", Fixtures.uniqueCode("T-SECTOR"), "name", "CĐCS", "type", "GRASSROOTS", "sector", "FARMERS",
                        "parentCode", "LCH-PT", "validFrom", "2021-09-01"))
                .post("/api/v1/units").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("sector"));
    }

    @Test
    void movingAUnitMovesItsSubtree() {
        String district = Fixtures.createUnit("T-MOVE", "Huyện cũ", "DISTRICT_FEDERATION", "TLD");
        String grassroots = Fixtures.createUnit("T-MOVE", "CĐCS Xã Mường So", "GRASSROOTS", district);
        String union = Fixtures.createUnit("T-MOVE", "Tổ công đoàn Bản Lả", "GRASSROOTS", grassroots);
        // District level abolished: the grassroots union now reports to the sector union directly.
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", "CĐCS Xã Mường So", "type", "GRASSROOTS", "parentCode", "LCH-CDVC",
                        "validFrom", "2021-09-01", "version", 0))
                .put("/api/v1/units/" + grassroots).then().statusCode(200).body("depth", equalTo(3));
        asAdmin().get("/api/v1/units?within=LCH-CDVC&size=200").then().statusCode(200).body("items.code", hasItems(grassroots, union));
        asAdmin().get("/api/v1/units?within=" + district).then().statusCode(200).body("items.code", contains(district));
        asAdmin().get("/api/v1/units/" + union).then().body("depth", equalTo(4));
    }

    @Test
    void refusesAMoveUnderItsOwnSubtree() {
        String parent = Fixtures.createUnit("T-LOOP", "Cha", "DISTRICT_FEDERATION", "TLD");
        String child = Fixtures.createUnit("T-LOOP", "Con", "GRASSROOTS", parent);
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", "Cha", "type", "DISTRICT_FEDERATION", "parentCode", child, "validFrom", "2021-09-01", "version", 0))
                .put("/api/v1/units/" + parent)
                .then().statusCode(400).body("errors[0].field", equalTo("parentCode")).body("errors[0].rule", equalTo("NotInOwnSubtree"));
    }

    @Test
    void refusesInvalidUnitsFieldByField() {
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("code", "có dấu", "name", " ", "validFrom", "2022-01-01", "validTo", "2021-01-01"))
                .post("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Dữ liệu không hợp lệ")).body("titleEn", equalTo("Invalid input"))
                .body("errors.field", hasItems("code", "name", "type"))
                .body("errors.find { it.field == 'name' }.rule", equalTo("NotBlank"))
                .body("errors.find { it.field == 'name' }.message", equalTo("Không được để trống"))
                .body("errors.find { it.field == 'name' }.messageEn", equalTo("must not be blank"));

        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("code", "T-BAD-DATES", "name", "Đơn vị", "type", "GRASSROOTS", "validFrom", "2022-01-01", "validTo", "2021-01-01"))
                .post("/api/v1/units").then().statusCode(400).body("errors[0].field", equalTo("validTo"));

        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("code", "T-NO-PARENT", "name", "Đơn vị", "type", "GRASSROOTS", "parentCode", "KHONG-CO", "validFrom", "2022-01-01"))
                .post("/api/v1/units").then().statusCode(400)
                .body("errors[0].field", equalTo("parentCode")).body("errors[0].rule", equalTo("UnitExists"));
    }

    @Test
    void refusesADuplicateCode() {
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("code", "LCH-PT", "name", "Trùng", "type", "DISTRICT_FEDERATION", "parentCode", "LCH", "validFrom", "2021-09-01"))
                .post("/api/v1/units").then().statusCode(409).body("detail", containsString("LCH-PT"));
    }

    /** Two officers create one code at the same moment: one gets it, the other a 409 (never the unique key's 500). */
    @Test
    void twoCreationsOfOneCodeAtOnceGiveOne201AndOne409() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String code = Fixtures.uniqueCode("T-RACE");
                CyclicBarrier start = new CyclicBarrier(2);
                Callable<Integer> officer = () -> {
                    var request = asAdmin().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Đua",
                            "type", "GRASSROOTS", "parentCode", "LCH-PT", "validFrom", "2021-09-01"));
                    start.await(10, TimeUnit.SECONDS);
                    return request.post("/api/v1/units").then().extract().statusCode();
                };
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> f : pool.invokeAll(List.of(officer, officer), 60, TimeUnit.SECONDS)) {
                    statuses.add(f.get());
                }
                Collections.sort(statuses);
                org.junit.jupiter.api.Assertions.assertEquals(List.of(201, 409), statuses, "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void updatingOrReadingTheTreeOfAnUnknownUnitIs404() {
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", "Không có", "type", "GRASSROOTS", "parentCode", "LCH", "validFrom", "2021-09-01", "version", 0))
                .put("/api/v1/units/KHONG-CO").then().statusCode(404).contentType("application/problem+json")
                .body("detailEn", equalTo("No unit \"KHONG-CO\""));
        asAdmin().get("/api/v1/units/KHONG-CO/tree").then().statusCode(404).contentType("application/problem+json")
                .body("detailEn", equalTo("No unit \"KHONG-CO\""));
    }

    @Test
    void unknownUnitIsAProblem404() {
        asAdmin().get("/api/v1/units/KHONG-CO")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Không tìm thấy đơn vị \"KHONG-CO\""))
                .body("detailEn", equalTo("No unit \"KHONG-CO\""))
                .body("instance", startsWith("/api/v1/units/"));
    }

    @Test
    void pagingIsBoundedAndSortingIsChecked() {
        asAdmin().get("/api/v1/units?size=500").then().statusCode(400).body("errors[0].field", equalTo("size"));
        asAdmin().get("/api/v1/units?sort=password").then().statusCode(400).body("errors[0].rule", equalTo("SortField"));
        asAdmin().get("/api/v1/units?parent=LCH&size=5&page=2&sort=-code").then().statusCode(200)
                .body("items", hasSize(1)).body("totalPages", equalTo(3));
    }

    private static org.hamcrest.Matcher<Iterable<? extends Object>> everyItemIs(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }
}
