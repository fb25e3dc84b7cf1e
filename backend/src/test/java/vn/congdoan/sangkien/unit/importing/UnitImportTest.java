package vn.congdoan.sangkien.unit.importing;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.security.Roles;

import java.nio.charset.StandardCharsets;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static vn.congdoan.sangkien.common.Api.asAdmin;

@QuarkusTest
class UnitImportTest {

    private static final String IMPORT = "/api/v1/imports/units";
    private static final String HEADER = "Mã đơn vị,Tên đơn vị,Mã đơn vị cấp trên,Loại đơn vị,Khối,Ngày thành lập\n";

    /** A district of a throw-away province, the grassroots list of it, and one row naming a parent nobody has. */
    private record District(String code, String school, String team, String file) {
        static District create() {
            String province = Fixtures.createUnit("T-UIMP", "Tỉnh nhập đơn vị", "PROVINCIAL_FEDERATION", "TLD");
            String district = Fixtures.createUnit("T-UIMP", "Huyện nhập đơn vị", "DISTRICT_FEDERATION", province);
            String school = Fixtures.uniqueCode("T-UIMP");
            String team = Fixtures.uniqueCode("T-UIMP");
            String file = HEADER
                    + school + ",CĐCS Trường Tiểu học Bản Lang," + district + ",GRASSROOTS,PUBLIC_SERVICE,01/09/2021\n"
                    // Its parent is the row above: a file may bring a union and the teams under it.
                    + team + ",Tổ công đoàn khối lớp 5," + school + ",,,\n"
                    + Fixtures.uniqueCode("T-UIMP") + ",CĐCS ngoài danh sách,KHONG-CO,GRASSROOTS,NONG_DAN,31/02/2022\n";
            return new District(district, school, team, file);
        }

        RequestSpecification officer() {
            return Api.as("cb.nhapdonvi", Roles.UNIT_OFFICER, code).contentType("text/csv");
        }

        byte[] bytes() {
            return file.getBytes(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aDryRunShowsWhatWouldBeImportedAndEveryRejectedCellAndSavesNothing() {
        District d = District.create();
        d.officer().body(d.bytes()).post(IMPORT + "?mode=VALID_ROWS&dryRun=true").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("rows", equalTo(3)).body("created", equalTo(2)).body("rejected", equalTo(1))
                .body("createdCodes", contains(d.school(), d.team()))
                .body("rejectedRows[0].row", equalTo(4))
                .body("rejectedRows[0].errors.field", hasItems("rows[4].parentCode", "rows[4].sector", "rows[4].validFrom"))
                .body("rejectedRows[0].errors.find { it.field == 'rows[4].parentCode' }.message", equalTo("Không có đơn vị mã \"KHONG-CO\""));
        asAdmin().get("/api/v1/units/" + d.school()).then().statusCode(404);
        // All or nothing: the wrong row is named, nothing is saved.
        d.officer().body(d.bytes()).post(IMPORT).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:sangkien:problem:validation"))
                .body("errors.field", hasItems("rows[4].parentCode"));
        asAdmin().get("/api/v1/units/" + d.school()).then().statusCode(404);
    }

    @Test
    void theSameListAgainCreatesNothingAndAChangedUnitIsRejectedNotChanged() {
        District d = District.create();
        d.officer().body(d.bytes()).post(IMPORT + "?mode=VALID_ROWS").then().statusCode(200)
                .body("dryRun", equalTo(false)).body("created", equalTo(2));
        asAdmin().get("/api/v1/units/" + d.school()).then().statusCode(200)
                .body("parentCode", equalTo(d.code())).body("sector", equalTo("PUBLIC_SERVICE")).body("validFrom", equalTo("2021-09-01"));
        asAdmin().get("/api/v1/units/" + d.team()).then().statusCode(200).body("parentCode", equalTo(d.school()))
                .body("type", equalTo("GRASSROOTS"));

        d.officer().body(d.bytes()).post(IMPORT + "?mode=VALID_ROWS").then().statusCode(200)
                .body("created", equalTo(0)).body("unchanged", equalTo(2)).body("rejected", equalTo(1));
        String renamed = HEADER + d.school() + ",CĐCS Trường Tiểu học số 2 Bản Lang," + d.code() + ",GRASSROOTS,PUBLIC_SERVICE,01/09/2021\n";
        d.officer().body(renamed.getBytes(StandardCharsets.UTF_8)).post(IMPORT + "?mode=VALID_ROWS").then().statusCode(200)
                .body("rejectedRows[0].errors[0].field", equalTo("rows[2].code"))
                .body("rejectedRows[0].errors[0].rule", equalTo("UnitCodeTaken"));
        asAdmin().get("/api/v1/units/" + d.school()).then().body("name", equalTo("CĐCS Trường Tiểu học Bản Lang"));
    }

    @Test
    void anOfficerImportsOnlyUnderUnitsOfTheirScopeAndAMemberNotAtAll() {
        District d = District.create();
        String elsewhere = HEADER + Fixtures.uniqueCode("T-UIMP") + ",CĐCS huyện khác,LCH-PT,GRASSROOTS,,\n";
        d.officer().body(elsewhere.getBytes(StandardCharsets.UTF_8)).post(IMPORT + "?mode=VALID_ROWS").then().statusCode(200)
                .body("created", equalTo(0)).body("rejectedRows[0].errors[0].rule", equalTo("UnitExists"));
        Api.as("doanvien", Roles.MEMBER, d.code()).contentType("text/csv").body(d.bytes()).post(IMPORT).then().statusCode(403);
        asAdmin().contentType("text/csv").body("Tên đơn vị\nA\n".getBytes(StandardCharsets.UTF_8)).post(IMPORT).then().statusCode(400)
                .body("errors.field", contains("header", "header"))
                .body("errors.message", hasItems("Thiếu cột \"Mã đơn vị\" trong dòng tiêu đề", "Thiếu cột \"Mã đơn vị cấp trên\" trong dòng tiêu đề"));
    }

    @Test
    void theXlsxTemplateComesBackAsAnImport() {
        byte[] template = asAdmin().get(IMPORT + "/template?format=xlsx").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").extract().asByteArray();
        asAdmin().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(template)
                .post(IMPORT + "?dryRun=true").then().statusCode(200)
                .body("rows", equalTo(1)).body("created", equalTo(1)).body("createdCodes", contains("LCH-PT-THBL"));
    }
}
