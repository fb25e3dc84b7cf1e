package vn.congdoan.sangkien.initiative;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.security.Roles;

import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static vn.congdoan.sangkien.common.Api.as;
import static vn.congdoan.sangkien.common.Api.asAdmin;

/** A search within a unit covers its whole subtree, as the tree stands now: a moved unit's dossiers move with it. */
@QuarkusTest
class SearchScopeTest {

    @Test
    void aSearchUnderADistrictFindsItsGrassrootsUnionsDossiersAndFollowsAMove() {
        String province = Fixtures.createUnit("T-SSC", "Tỉnh tìm kiếm", "PROVINCIAL_FEDERATION", "TLD");
        String oldDistrict = Fixtures.createUnit("T-SSC", "Huyện cũ", "DISTRICT_FEDERATION", province);
        String newDistrict = Fixtures.createUnit("T-SSC", "Huyện mới", "DISTRICT_FEDERATION", province);
        String school = Fixtures.createUnit("T-SSC", "CĐCS Trường vùng cao", "GRASSROOTS", oldDistrict);
        long id = Fixtures.createInitiative(school, "Giải pháp sấy chè bằng năng lượng mặt trời", "2022-03-01");

        for (String unit : new String[] {province, oldDistrict, school}) {
            asAdmin().get("/api/v1/initiatives?q=say che nang luong&unit=" + unit)
                    .then().statusCode(200).body("items.id", contains((int) id));
        }
        asAdmin().get("/api/v1/initiatives?q=say che&unit=" + newDistrict).then().statusCode(200).body("items", empty());

        asAdmin().contentType(ContentType.JSON).body(Map.of("name", "CĐCS Trường vùng cao", "type", "GRASSROOTS",
                        "parentCode", newDistrict, "validFrom", "2021-09-01", "movedOn", "2022-07-01", "version", 0))
                .put("/api/v1/units/" + school).then().statusCode(200).body("parentCode", equalTo(newDistrict));

        asAdmin().get("/api/v1/initiatives?q=say che&unit=" + newDistrict)
                .then().statusCode(200).body("items.id", contains((int) id)).body("totalItems", equalTo(1));
        asAdmin().get("/api/v1/initiatives?q=say che&unit=" + oldDistrict).then().statusCode(200).body("items", empty());
        asAdmin().get("/api/v1/initiatives?unit=" + oldDistrict).then().statusCode(200).body("items", empty());
        asAdmin().get("/api/v1/initiatives?q=say che&unit=" + province)
                .then().statusCode(200).body("items.id", contains((int) id));
    }

    @Test
    void aProvincesSearchKeepsToItsOwnWordsAndFollowsAMoveToAnotherProvince() {
        String north = Fixtures.createUnit("T-SPV", "Tỉnh phía bắc", "PROVINCIAL_FEDERATION", "TLD");
        String south = Fixtures.createUnit("T-SPV", "Tỉnh phía nam", "PROVINCIAL_FEDERATION", "TLD");
        String northDistrict = Fixtures.createUnit("T-SPV", "Huyện biên giới", "DISTRICT_FEDERATION", north);
        String northSchool = Fixtures.createUnit("T-SPV", "CĐCS Trường bán trú", "GRASSROOTS", northDistrict);
        String southSchool = Fixtures.createUnit("T-SPV", "CĐCS Trường ven biển", "GRASSROOTS", south);
        String title = "Máy tách hạt mắc ca cải tiến";
        long inNorth = Fixtures.createInitiative(northSchool, title, "2022-03-01");
        long inSouth = Fixtures.createInitiative(southSchool, title, "2022-03-01");
        long atNorthItself = Fixtures.createInitiative(north, title, "2022-03-01");

        asAdmin().get("/api/v1/initiatives?q=tach hat mac ca&unit=" + north).then().statusCode(200)
                .body("items.id", containsInAnyOrder((int) inNorth, (int) atNorthItself)).body("totalItems", equalTo(2));
        asAdmin().get("/api/v1/initiatives?q=tach hat mac ca&unit=" + northDistrict).then()
                .body("items.id", contains((int) inNorth));
        asAdmin().get("/api/v1/initiatives?q=mac ca tach hat&unit=" + south).then().body("items.id", contains((int) inSouth));
        // The whole tree still finds all three, and so does an officer of a province searching without a unit.
        asAdmin().get("/api/v1/initiatives?q=tach hat mac ca").then().body("items.id", hasItems((int) inNorth, (int) inSouth, (int) atNorthItself));
        as("cb." + south.toLowerCase(), Roles.FEDERATION_OFFICER, south).get("/api/v1/initiatives?q=tach hat mac ca")
                .then().statusCode(200).body("items.id", contains((int) inSouth));

        asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Huyện biên giới", "type", "DISTRICT_FEDERATION",
                        "parentCode", south, "validFrom", "2021-09-01", "movedOn", "2022-07-01", "version", 0))
                .put("/api/v1/units/" + northDistrict).then().statusCode(200).body("parentCode", equalTo(south));

        asAdmin().get("/api/v1/initiatives?q=tach hat mac ca&unit=" + north).then().body("items.id", contains((int) atNorthItself));
        asAdmin().get("/api/v1/initiatives?q=tach hat mac ca&unit=" + south).then()
                .body("items.id", containsInAnyOrder((int) inNorth, (int) inSouth));
        as("cb." + south.toLowerCase(), Roles.FEDERATION_OFFICER, south).get("/api/v1/initiatives?q=tach hat&unit=" + northSchool)
                .then().statusCode(200).body("items.id", contains((int) inNorth));
    }
}
