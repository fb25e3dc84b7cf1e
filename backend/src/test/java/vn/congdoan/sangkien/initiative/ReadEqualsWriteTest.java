package vn.congdoan.sangkien.initiative;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.security.Roles;

import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The dossier a write answers with (POST, PUT) is the dossier a read (GET /initiatives/{id}) then shows the same
 * caller, field for field, for every role's view: the write path maps entities, the read path maps SQL rows, and
 * neither may drift. Only "similar" differs by design (filled on writes, empty on reads).
 */
@QuarkusTest
class ReadEqualsWriteTest {

    @Test
    void everyRolesViewOfAWriteIsWhatItReadsBack() {
        String school = Fixtures.createUnit("T-RW", "CĐCS Trường PTDTBT Mù Cả", "GRASSROOTS", "LCH-PT");
        Supplier<RequestSpecification> filer = () -> Api.as("cb.mucai", Roles.UNIT_OFFICER, school);
        String dossier = Fixtures.initiativeJson(school, "Bếp đun cải tiến cho nhà bán trú", "2022-03-10")
                .replaceFirst("\\{", """
                        {"confidentialParts": "Tỷ lệ đất sét và tro 2:1",
                         "helpers": [{"fullName": "Vàng Thị Mai", "workplace": "Bản Mù Cả", "contribution": "Đắp lò"}],
                         "estimatedValueVnd": 12500000, "funder": "UBND xã Mù Cả", \
                        """);
        Map<String, Object> created = filer.get().contentType(ContentType.JSON).body(dossier)
                .post("/api/v1/initiatives").then().statusCode(201).extract().jsonPath().getMap("");
        long id = ((Number) created.get("id")).longValue();
        assertReadBack(filer.get(), id, created); // sees the confidential parts

        Map<String, Supplier<RequestSpecification>> editors = Map.of(
                "federation officer (parts hidden)", () -> Api.as("ldld.laichau", Roles.FEDERATION_OFFICER, "LCH"),
                "district officer (parts hidden)", () -> Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT"),
                "admin", Api::asAdmin,
                "the filer again", filer);
        int round = 0;
        for (var editor : editors.entrySet()) {
            String update = Fixtures.initiativeJson(school, "Bếp đun cải tiến cho nhà bán trú", "2022-03-10")
                    .replaceFirst("\\{", "{\"version\": " + Fixtures.version(id) + ", \"benefitsByAppliers\": \"Giảm "
                            + (30 + round++) + "% củi\", ");
            Map<String, Object> written = editor.getValue().get().contentType(ContentType.JSON).body(update)
                    .put("/api/v1/initiatives/" + id).then().statusCode(200).extract().jsonPath().getMap("");
            assertReadBack(editor.getValue().get(), id, written);
        }

        // A member's own dossier, written and read by the member.
        Supplier<RequestSpecification> member = () -> Api.as("doanvien.mucai", Roles.MEMBER, school);
        Map<String, Object> own = member.get().contentType(ContentType.JSON)
                .body(Fixtures.ownInitiativeJson("doanvien.mucai", school, "Sổ tay an toàn bếp ăn", "2022-04-01"))
                .post("/api/v1/initiatives").then().statusCode(201).extract().jsonPath().getMap("");
        assertReadBack(member.get(), ((Number) own.get("id")).longValue(), own);
    }

    private static void assertReadBack(RequestSpecification caller, long id, Map<String, Object> written) {
        Map<String, Object> read = caller.get("/api/v1/initiatives/" + id).then().statusCode(200).extract().jsonPath().getMap("");
        assertNotNull(written.get("similar"));
        written.remove("similar");
        read.remove("similar");
        assertEquals(written, read);
    }
}
