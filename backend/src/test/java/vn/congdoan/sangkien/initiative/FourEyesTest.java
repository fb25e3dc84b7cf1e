package vn.congdoan.sangkien.initiative;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.common.Tokens;
import vn.congdoan.sangkien.common.text.VietnamClock;
import vn.congdoan.sangkien.security.Roles;

import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static vn.congdoan.sangkien.common.Fixtures.version;

/**
 * Separation of duties: the officer who filed a dossier, or one of its authors, does not recognise, refuse or validate
 * it (403 naming the rule), and the dossier does not offer them those steps; another officer of the unit decides.
 */
@QuarkusTest
class FourEyesTest {

    @Test
    void theOfficerWhoFiledADossierDoesNotDecideOnItAnotherOfficerDoes() {
        String district = Fixtures.createUnit("T-4E", "Huyện bốn mắt", "DISTRICT_FEDERATION", "TLD");
        RequestSpecification filer = Api.as("cb.lap", Roles.UNIT_OFFICER, district);
        RequestSpecification colleague = Api.as("cb.duyet", Roles.UNIT_OFFICER, district);
        long id = filer.contentType(ContentType.JSON).body(Fixtures.initiativeJson(district, "Sổ theo dõi ca trực", "2022-02-02"))
                .post("/api/v1/initiatives").then().statusCode(201).body("allowedActions", contains("SUBMIT"))
                .extract().jsonPath().getLong("id");
        filer.contentType(ContentType.JSON).body(Map.of("version", 0)).post(path(id, "submit")).then().statusCode(200);
        Fixtures.assign(id, district, "gk." + district.toLowerCase());

        filer.get("/api/v1/initiatives/" + id).then().statusCode(200).body("allowedActions", contains("RETURN"));
        colleague.get("/api/v1/initiatives/" + id).then().statusCode(200).body("allowedActions", contains("RETURN", "RECOGNISE", "REFUSE"));
        refusedAsFourEyes(recognise(filer, id), "createdBy");
        refusedAsFourEyes(filer.contentType(ContentType.JSON).body(Map.of("version", version(id), "reason", "Không có tính mới"))
                .post(path(id, "refuse")), "createdBy");

        recognise(colleague, id).then().statusCode(200).body("status", equalTo("RECOGNISED"))
                .body("allowedActions", contains("RETURN", "VALIDATE"));
        refusedAsFourEyes(validate(filer, id), "createdBy");
        validate(colleague, id).then().statusCode(200).body("status", equalTo("VALID"));
    }

    @Test
    void anAuthorIsKnownByTheirFullNameWhateverTheCaseAndDiacritics() {
        String district = Fixtures.createUnit("T-4E", "Huyện tác giả", "DISTRICT_FEDERATION", "TLD");
        // Fixtures' authors: Nguyễn Thị Hoa and Lò Văn Minh; the admin files.
        long id = Fixtures.createInitiative(district, "Bể lọc nước bản Mù Cả", "2022-02-02");
        Fixtures.underReview(id, district, "gk." + district.toLowerCase());
        RequestSpecification author = Api.as(Tokens.claims("cb.minh", Roles.UNIT_OFFICER, district)
                .claim("family_name", "LO VAN").claim("given_name", "minh").sign("privateKey.jwk"));
        RequestSpecification authorByName = Api.as(Tokens.claims("cb.hoa", Roles.UNIT_OFFICER, district)
                .claim("name", "Nguyễn Thị Hoa").sign("privateKey.jwk"));
        RequestSpecification namesake = Api.as(Tokens.claims("cb.minh2", Roles.UNIT_OFFICER, district)
                .claim("family_name", "Lò Văn").claim("given_name", "Minh Anh").sign("privateKey.jwk"));

        author.get("/api/v1/initiatives/" + id).then().statusCode(200).body("allowedActions", contains("RETURN"));
        refusedAsFourEyes(recognise(author, id), "authors");
        refusedAsFourEyes(recognise(authorByName, id), "authors");
        // Only the whole name counts: "Lò Văn Minh Anh" is someone else.
        namesake.get("/api/v1/initiatives/" + id).then().statusCode(200).body("allowedActions", contains("RETURN", "RECOGNISE", "REFUSE"));
        recognise(namesake, id).then().statusCode(200);
        refusedAsFourEyes(validate(author, id), "authors");
    }

    @Test
    void outsideTheUnitItIsStillA404NotAHintThatTheDossierExists() {
        String district = Fixtures.createUnit("T-4E", "Huyện phạm vi", "DISTRICT_FEDERATION", "TLD");
        long id = Fixtures.createInitiative(district, "Bảng chấm công điện tử", "2022-02-02");
        Fixtures.underReview(id, district, "gk." + district.toLowerCase());
        RequestSpecification outsider = Api.as(Tokens.claims("cb.ngoai", Roles.UNIT_OFFICER, "LCH-SH")
                .claim("name", "Lò Văn Minh").sign("privateKey.jwk"));
        recognise(outsider, id).then().statusCode(404);
    }

    private static void refusedAsFourEyes(Response response, String field) {
        response.then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:sangkien:problem:forbidden"))
                .body("title", equalTo("Nguyên tắc bốn mắt: không tự quyết định hồ sơ của mình"))
                .body("titleEn", equalTo("Four-eyes rule: not on your own dossier"))
                .body("errors[0].field", equalTo(field)).body("errors[0].rule", equalTo("FourEyes"));
    }

    private static Response recognise(RequestSpecification as, long id) {
        return as.contentType(ContentType.JSON).body(Map.of("version", version(id), "recognitionBody", "Hội đồng sáng kiến huyện",
                "decisionNumber", "9/QĐ", "decisionDate", VietnamClock.today().toString(), "impactLevel", "GRASSROOTS")).post(path(id, "recognise"));
    }

    private static Response validate(RequestSpecification as, long id) {
        return as.contentType(ContentType.JSON).body(Map.of("version", version(id))).post(path(id, "validate"));
    }

    private static String path(long id, String step) {
        return "/api/v1/initiatives/" + id + "/" + step;
    }
}
