package vn.congdoan.sangkien.initiative;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Fixtures;

import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
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
}
