package vn.congdoan.sangkien.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.congdoan.sangkien.common.Api.asAdmin;

/**
 * Text that PostgreSQL cannot store, or that would be stored as something else, is refused where it comes in (a 400
 * naming the field or parameter, never a 500); text that only looks different is stored composed (NFC).
 */
@QuarkusTest
class TextInputTest {

    private static final String NUL = "\\u0000"; // as a JSON escape
    private static final String NUL_IN_URL = "%00";

    @Test
    void aNulInADossiersTextOrAuthorIsRefusedOnCreateAndUpdate() {
        String unit = Fixtures.createUnit("T-TXT", "CĐCS văn bản", "GRASSROOTS", "TLD");
        refused(Fixtures.initiativeJson(unit, "Bể lọc" + NUL + "nước", "2022-01-10"), "title", "NoNulCharacter");
        refused(Fixtures.initiativeJson(unit, "Bể lọc nước", "2022-01-10").replace("Lò Văn Minh", "Lò Văn" + NUL),
                "authors[1].fullName", "NoNulCharacter");
        refused(Fixtures.initiativeJson(unit, "Bể lọc nước", "2022-01-10")
                .replace("Bể lọc nhiều tầng", "Bể" + NUL), "summary", "NoNulCharacter");

        long id = Fixtures.createInitiative(unit, "Bể lọc nước sạch", "2022-01-10");
        String update = Fixtures.initiativeJson(unit, "Bể" + NUL, "2022-01-10")
                .replaceFirst("\\{", "{\"version\": " + Fixtures.version(id) + ", ");
        asAdmin().contentType(ContentType.JSON).body(update).put("/api/v1/initiatives/" + id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("title")).body("errors[0].rule", equalTo("NoNulCharacter"))
                .body("errors[0].messageEn", containsString("NUL"));
        asAdmin().get("/api/v1/initiatives/" + id).then().statusCode(200).body("title", equalTo("Bể lọc nước sạch"));
    }

    @Test
    void aNulInAUnitOrProgrammeNameIsRefused() {
        asAdmin().contentType(ContentType.JSON).body("{\"code\": \"" + Fixtures.uniqueCode("T-TXT")
                        + "\", \"name\": \"Đơn" + NUL + "\", \"type\": \"GRASSROOTS\", \"parentCode\": \"TLD\", \"validFrom\": \"2021-09-01\"}")
                .post("/api/v1/units").then().statusCode(400)
                .body("errors[0].field", equalTo("name")).body("errors[0].rule", equalTo("NoNulCharacter"));
        asAdmin().contentType(ContentType.JSON).body("{\"code\": \"" + Fixtures.uniqueCode("T-TXT") + "\", \"name\": \"Sáng" + NUL + "\"}")
                .post("/api/v1/programs").then().statusCode(400)
                .body("errors[0].field", equalTo("name")).body("errors[0].rule", equalTo("NoNulCharacter"));
    }

    @Test
    void aNulInAQueryOrPathParameterIsA400NamingIt() {
        asAdmin().urlEncodingEnabled(false).get("/api/v1/initiatives?unit=LCH" + NUL_IN_URL).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("unit")).body("errors[0].rule", equalTo("NoNulCharacter"));
        asAdmin().urlEncodingEnabled(false).get("/api/v1/programs/1TRIEU-SK/progress?period=GD1&root=LCH" + NUL_IN_URL)
                .then().statusCode(400).body("errors[0].field", equalTo("root"));
        asAdmin().urlEncodingEnabled(false).get("/api/v1/units/LCH" + NUL_IN_URL).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("code"));
        asAdmin().urlEncodingEnabled(false).get("/api/v1/programs/1TRIEU" + NUL_IN_URL + "SK").then().statusCode(400)
                .body("errors[0].rule", equalTo("NoNulCharacter"));
    }

    @Test
    void aLoneSurrogateIsRefusedNotStoredAsAQuestionMark() {
        String unit = Fixtures.createUnit("T-TXT", "CĐCS văn bản", "GRASSROOTS", "TLD");
        refused(Fixtures.initiativeJson(unit, "Bể lọc \\ud800 nước", "2022-01-10"), "title", "NoLoneSurrogate");
        // A whole pair (an emoji) is text like any other.
        asAdmin().contentType(ContentType.JSON).body(Fixtures.initiativeJson(unit, "Bể lọc \\ud83d\\udca7 nước", "2022-01-10"))
                .post("/api/v1/initiatives").then().statusCode(201).body("title", equalTo("Bể lọc \uD83D\uDCA7 nước"));
    }

    @Test
    void trailingContentAfterTheJsonIsRefused() {
        asAdmin().contentType(ContentType.JSON).body("{\"code\": \"T-TRAIL\", \"name\": \"Sáng kiến\"}xyz")
                .post("/api/v1/programs").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body")).body("errors[0].rule", equalTo("Json"));
        asAdmin().get("/api/v1/programs/T-TRAIL").then().statusCode(404);
    }

    @Test
    void aNumberWhereTextIsExpectedIsRefusedNotCoerced() {
        String unit = Fixtures.createUnit("T-TXT", "CĐCS văn bản", "GRASSROOTS", "TLD");
        refused(Fixtures.initiativeJson(unit, "X", "2022-01-10").replace("\"title\": \"X\"", "\"title\": 123"), "title", "Type");
        refused(Fixtures.initiativeJson(unit, "X", "2022-01-10").replace("\"title\": \"X\"", "\"title\": true"), "title", "Type");
    }

    @Test
    void decomposedTextIsStoredComposed() {
        String unit = Fixtures.createUnit("T-TXT", "CĐCS văn bản", "GRASSROOTS", "TLD");
        String composed = "Sáng kiến tiết kiệm điện";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        long id = asAdmin().contentType(ContentType.JSON).body(Fixtures.initiativeJson(unit, decomposed, "2022-01-10"))
                .post("/api/v1/initiatives").then().statusCode(201).body("title", equalTo(composed))
                .extract().jsonPath().getLong("id");
        asAdmin().get("/api/v1/initiatives/" + id).then().body("title", equalTo(composed));
    }

    @Test
    void theSameAuthorTwiceIsRefused() {
        String unit = Fixtures.createUnit("T-TXT", "CĐCS văn bản", "GRASSROOTS", "TLD");
        String twice = Fixtures.initiativeJson(unit, "Hai lần một tác giả", "2022-01-10")
                .replace("{\"fullName\": \"Lò Văn Minh\", \"contributionPercent\": 40}",
                        "{\"fullName\": \"NGUYỄN THỊ HOA\", \"birthDate\": \"1985-03-14\", \"contributionPercent\": 40}");
        refused(twice, "authors[1].fullName", "DistinctAuthors");
        // Namesakes told apart by their birth dates are two people.
        String namesakes = twice.replace("\"birthDate\": \"1985-03-14\", \"contributionPercent\": 40",
                "\"birthDate\": \"1990-07-01\", \"contributionPercent\": 40");
        asAdmin().contentType(ContentType.JSON).body(namesakes).post("/api/v1/initiatives").then().statusCode(201);
    }

    @Test
    void anImportCellWithANulIsARejectedRowNamingTheCell() {
        String unit = Fixtures.createUnit("T-TXT", "CĐCS nhập", "GRASSROOTS", "TLD");
        String file = "Mã đơn vị,Tên sáng kiến,Tóm tắt,Loại giải pháp,Lĩnh vực,Ngày áp dụng lần đầu,Trạng thái,Tác giả,Giá trị làm lợi (đồng)\n"
                + unit + ",Máy\u0000sấy,,TECHNICAL,SOCIO_ECONOMIC,15/03/2022,DRAFT,Lò Văn Thắng,\n"
                + unit + ",Máy sấy chè,,TECHNICAL,SOCIO_ECONOMIC,15/03/2019,DRAFT,Lò Văn Thắng: 50; lò văn thắng: 50,\n";
        asAdmin().contentType("text/csv; charset=UTF-8").body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/initiatives?program=" + Fixtures.PROGRAM).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("rows[2].title")).body("errors.rule", hasItem("NoNulCharacter"))
                .body("errors.rule", hasItem("DistinctAuthors"))
                // The window's dates are in the message, not "{0} to {1}".
                .body("errors.find { it.rule == 'WithinProgramWindow' }.messageEn", containsString("01/09/2021 to "))
                .body("errors.find { it.rule == 'WithinProgramWindow' }.message", containsString("01/09/2021"));
    }

    private static void refused(String body, String field, String rule) {
        asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/initiatives")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field)).body("errors.rule", hasItem(rule));
    }
}
