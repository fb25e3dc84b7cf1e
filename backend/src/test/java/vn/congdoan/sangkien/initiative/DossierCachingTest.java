package vn.congdoan.sangkien.initiative;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.ContractResponses;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.security.Roles;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.congdoan.sangkien.common.Api.asAdmin;

/** ETag, Last-Modified and 304 on the dossier read; If-Match on its update (docs/integration.md, "HTTP caching"). */
@QuarkusTest
class DossierCachingTest {

    @BeforeAll
    static void checkResponsesAgainstTheContract() {
        ContractResponses.start(); // 304 and 412 must be declared where they are sent
    }

    @AfterAll
    static void stopCheckingResponses() {
        ContractResponses.stop();
    }

    private static String dossier(long id) {
        return "/api/v1/initiatives/" + id;
    }

    @Test
    void aReadCarriesValidatorsAndAnswers304WhileNothingChanged() {
        long id = Fixtures.createInitiative("LCH-PT", "Sáng kiến bộ đệm trình duyệt", "2022-03-15");
        Response first = asAdmin().get(dossier(id));
        first.then().statusCode(200)
                .header("ETag", matchesPattern("\"[A-Za-z0-9_-]{43}\""))
                .header("Last-Modified", notNullValue())
                .header("Cache-Control", equalTo("private, no-cache"))
                .header("Vary", equalTo("Authorization, Accept, Accept-Language"));
        String tag = first.header("ETag");
        String lastModified = first.header("Last-Modified");
        assertEquals(tag, asAdmin().get(dossier(id)).header("ETag"), "the same content, the same tag");

        asAdmin().header("If-None-Match", tag).get(dossier(id)).then().statusCode(304)
                .body(emptyString()).header("ETag", equalTo(tag)).header("Cache-Control", equalTo("private, no-cache"));
        // GET compares weakly, and a list names several tags.
        asAdmin().header("If-None-Match", "W/" + tag).get(dossier(id)).then().statusCode(304);
        asAdmin().header("If-None-Match", "\"something-else\", " + tag).get(dossier(id)).then().statusCode(304);
        asAdmin().header("If-None-Match", "\"something-else\"").get(dossier(id)).then().statusCode(200).body("id", equalTo((int) id));

        asAdmin().header("If-Modified-Since", lastModified).get(dossier(id)).then().statusCode(304).body(emptyString());
        String before = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).minusSeconds(1));
        asAdmin().header("If-Modified-Since", before).get(dossier(id)).then().statusCode(200);
        // If-None-Match decides when both are sent.
        asAdmin().header("If-None-Match", "\"something-else\"").header("If-Modified-Since", lastModified)
                .get(dossier(id)).then().statusCode(200);

        long version = first.jsonPath().getLong("version");
        asAdmin().contentType(ContentType.JSON).body(withVersion(
                        Fixtures.initiativeJson("LCH-PT", "Sáng kiến bộ đệm trình duyệt, bản sửa", "2022-03-15"), version))
                .put(dossier(id)).then().statusCode(200)
                .header("ETag", nullValue()); // a write's answer is not the read's representation (it lists similar titles)
        Response changed = asAdmin().header("If-None-Match", tag).get(dossier(id));
        changed.then().statusCode(200).body("title", equalTo("Sáng kiến bộ đệm trình duyệt, bản sửa"));
        assertNotEquals(tag, changed.header("ETag"));
    }

    @Test
    void callersWhoSeeDifferentViewsNeverShareATag() {
        String school = Fixtures.createUnit("T-ETAG", "CĐCS Trường bộ đệm", "GRASSROOTS", "LCH-PT");
        String body = Fixtures.initiativeJson(school, "Sáng kiến có phần bảo mật", "2022-03-15")
                .replaceFirst("\\{", "{\"confidentialParts\": \"Công thức phối trộn vật liệu lọc\", ");
        long id = asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/initiatives")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        RequestSpecification officer = Api.as("cb.etag", Roles.UNIT_OFFICER, school);

        Response withParts = officer.get(dossier(id));
        withParts.then().statusCode(200).body("confidentialParts", equalTo("Công thức phối trộn vật liệu lọc"));
        // Another admin than the filer: the admin role alone does not see the confidential parts.
        Response hidden = Api.asDecidingAdmin().get(dossier(id));
        hidden.then().statusCode(200).body("confidentialHidden", equalTo(true));
        assertNotEquals(withParts.header("ETag"), hidden.header("ETag"));
        // The officer's tag is no 304 for that admin: their copy would not be the officer's.
        Api.asDecidingAdmin().header("If-None-Match", withParts.header("ETag")).get(dossier(id)).then().statusCode(200)
                .body("confidentialHidden", equalTo(true));
        Api.as("cb.etag", Roles.UNIT_OFFICER, school).header("If-None-Match", withParts.header("ETag"))
                .get(dossier(id)).then().statusCode(304);
    }

    @Test
    void ifMatchStandsInForTheVersionAndAStaleTagSavesNothing() {
        long id = Fixtures.createInitiative("LCH-SH", "Sổ tay điều kiện", "2022-02-02");
        String tag = asAdmin().get(dossier(id)).then().statusCode(200).extract().header("ETag");

        // The current tag, no version in the body: saved.
        asAdmin().contentType(ContentType.JSON).header("If-Match", tag)
                .body(Fixtures.initiativeJson("LCH-SH", "Sổ tay điều kiện, lần một", "2022-02-02"))
                .put(dossier(id)).then().statusCode(200).body("version", equalTo(1)).body("title", equalTo("Sổ tay điều kiện, lần một"));

        // The same tag again is stale now: 412 problem naming the header, and nothing saved.
        asAdmin().contentType(ContentType.JSON).header("If-Match", tag)
                .body(Fixtures.initiativeJson("LCH-SH", "Sổ tay điều kiện, lần hai", "2022-02-02"))
                .put(dossier(id)).then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("urn:sangkien:problem:precondition-failed"))
                .body("detail", containsString("If-Match")).body("detailEn", containsString("If-Match"));
        Response stored = asAdmin().get(dossier(id));
        stored.then().statusCode(200).body("title", equalTo("Sổ tay điều kiện, lần một")).body("version", equalTo(1));
        String current = stored.header("ETag");

        // The W/ a compressing proxy puts before the tag changes nothing: stale is still stale.
        asAdmin().contentType(ContentType.JSON).header("If-Match", "W/" + tag)
                .body(Fixtures.initiativeJson("LCH-SH", "Sổ tay điều kiện, lần hai", "2022-02-02"))
                .put(dossier(id)).then().statusCode(412);
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"not-a-tag-of-ours\", " + tag)
                .body(Fixtures.initiativeJson("LCH-SH", "Sổ tay điều kiện, lần hai", "2022-02-02"))
                .put(dossier(id)).then().statusCode(412);
        // With both, both must hold: a current tag does not save from a stale version.
        asAdmin().contentType(ContentType.JSON).header("If-Match", current)
                .body(withVersion(Fixtures.initiativeJson("LCH-SH", "Sổ tay điều kiện, lần hai", "2022-02-02"), 0))
                .put(dossier(id)).then().statusCode(409).body("type", equalTo("urn:sangkien:problem:stale-version"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "W/" + current)
                .body(Fixtures.initiativeJson("LCH-SH", "Sổ tay điều kiện, lần hai", "2022-02-02"))
                .put(dossier(id)).then().statusCode(200).body("version", equalTo(2));
        // "*" matches whatever is there.
        asAdmin().contentType(ContentType.JSON).header("If-Match", "*")
                .body(Fixtures.initiativeJson("LCH-SH", "Sổ tay điều kiện, lần ba", "2022-02-02"))
                .put(dossier(id)).then().statusCode(200).body("version", equalTo(3));
        asAdmin().get(dossier(id)).then().body("title", equalTo("Sổ tay điều kiện, lần ba"));
    }

    @Test
    void withoutIfMatchTheVersionIsRequiredAsBefore() {
        long id = Fixtures.createInitiative("LCH-NN", "Sổ tay phiên bản", "2022-02-02");
        asAdmin().contentType(ContentType.JSON).body(Fixtures.initiativeJson("LCH-NN", "Sổ tay phiên bản mới", "2022-02-02"))
                .put(dossier(id)).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:sangkien:problem:validation"))
                .body("errors[0].field", equalTo("version")).body("errors[0].rule", equalTo("NotNull"))
                .body("errors[0].messageEn", equalTo("is required"));
        // An empty If-Match names nothing: the version decides, as without one.
        asAdmin().contentType(ContentType.JSON).header("If-Match", "")
                .body(Fixtures.initiativeJson("LCH-NN", "Sổ tay phiên bản mới", "2022-02-02"))
                .put(dossier(id)).then().statusCode(400).body("errors[0].field", equalTo("version"));
        asAdmin().get(dossier(id)).then().body("title", equalTo("Sổ tay phiên bản")).body("version", equalTo(0));
        asAdmin().contentType(ContentType.JSON)
                .body(withVersion(Fixtures.initiativeJson("LCH-NN", "Sổ tay phiên bản mới", "2022-02-02"), 0))
                .put(dossier(id)).then().statusCode(200).body("version", equalTo(1));
        // Someone who may not see the dossier learns nothing from a tag: 404 before any precondition.
        Api.as("cb.sinho", Roles.UNIT_OFFICER, "LCH-SH").contentType(ContentType.JSON).header("If-Match", "\"x\"")
                .body(Fixtures.initiativeJson("LCH-NN", "Sổ tay phiên bản mới", "2022-02-02"))
                .put(dossier(id)).then().statusCode(404).body("type", not(equalTo("urn:sangkien:problem:precondition-failed")));
    }

    @Test
    void aDraftIsDeletedByIfMatchToo() {
        long id = Fixtures.createInitiative("LCH-TD", "Bản nháp có điều kiện", "2022-02-02");
        String stale = asAdmin().get(dossier(id)).header("ETag");
        asAdmin().contentType(ContentType.JSON).body(withVersion(Fixtures.initiativeJson("LCH-TD", "Bản nháp đã sửa", "2022-02-02"), 0))
                .put(dossier(id)).then().statusCode(200);
        asAdmin().header("If-Match", stale).delete(dossier(id)).then().statusCode(412)
                .body("type", equalTo("urn:sangkien:problem:precondition-failed"));
        asAdmin().get(dossier(id)).then().statusCode(200).body("title", equalTo("Bản nháp đã sửa"));
        asAdmin().delete(dossier(id)).then().statusCode(400).body("errors[0].field", equalTo("version"))
                .body("errors[0].rule", equalTo("NotNull"));
        asAdmin().header("If-Match", asAdmin().get(dossier(id)).header("ETag")).delete(dossier(id)).then().statusCode(204);
        asAdmin().get(dossier(id)).then().statusCode(404);
    }

    private static String withVersion(String json, long version) {
        return json.replaceFirst("\\{", "{\"version\": " + version + ", ");
    }
}
