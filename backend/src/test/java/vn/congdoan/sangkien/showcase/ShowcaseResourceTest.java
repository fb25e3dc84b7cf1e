package vn.congdoan.sangkien.showcase;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.security.Roles;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.sangkien.common.Api.asAdmin;

/**
 * The public showcase: only recognised (or validated) dossiers whose authors agreed, found without diacritics and
 * without a token, showing nothing private; "this helped us too" once per signed-in person.
 */
@QuarkusTest
class ShowcaseResourceTest {

    /** A word no other test's dossier holds, so that a search finds only this test's. */
    private static String token() {
        return "xq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).replaceAll("[0-9]", "k").toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> dossier(String unit, String title, boolean publishAgreed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("programCode", Fixtures.PROGRAM);
        body.put("unitCode", unit);
        body.put("title", title);
        body.put("summary", "Bể lọc nhiều tầng bằng vật liệu địa phương cấp nước sạch cho học sinh bán trú");
        body.put("solutionType", "TECHNICAL");
        body.put("field", "SOCIO_ECONOMIC");
        body.put("firstAppliedOn", "2022-03-01");
        body.put("filedOn", "2022-03-01");
        body.put("addressee", "Hội đồng sáng kiến Sở Giáo dục và Đào tạo tỉnh Lai Châu");
        body.put("solution", "Ba tầng lọc cát, sỏi, than hoa trong bồn inox 2 m3");
        body.put("benefitsByAuthors", "Tiết kiệm 25 triệu đồng mỗi năm");
        body.put("benefitsByAppliers", "Ba trường đã áp dụng");
        body.put("publishAgreed", publishAgreed);
        body.put("authors", List.of(
                Map.of("fullName", "Nguyễn Thị Hoa", "contributionPercent", 60, "showName", true),
                Map.of("fullName", "Lò Văn Minh", "contributionPercent", 40)));
        return body;
    }

    private static long create(Map<String, Object> body) {
        return asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/initiatives")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long recognised(Map<String, Object> body, String unit) {
        long id = create(body);
        Fixtures.underReview(id, unit, "eval.showcase");
        Fixtures.recognise(id, "A");
        return id;
    }

    private static String district() {
        String province = Fixtures.createUnit("T-SHOW", "Tỉnh giới thiệu", "PROVINCIAL_FEDERATION", "TLD");
        return Fixtures.createUnit("T-SHOW", "Huyện Phong Thổ thử", "DISTRICT_FEDERATION", province);
    }

    @Test
    void anAnonymousVisitorFindsAPublishedRecognisedDossierWithoutDiacritics() {
        String unit = district();
        String word = token();
        long id = recognised(dossier(unit, "Máy lọc nước " + word, true), unit);

        given().get("/api/v1/showcase?q=may loc nuoc " + word).then().statusCode(200)
                .header("Cache-Control", "public, max-age=60")
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo((int) id))
                .body("items[0].title", equalTo("Máy lọc nước " + word))
                .body("items[0].unitCode", equalTo(unit))
                .body("items[0].field", equalTo("SOCIO_ECONOMIC"))
                .body("items[0].fieldLabel", equalTo("Phát triển kinh tế – xã hội"))
                .body("items[0].helpedCount", equalTo(0));
        given().get("/api/v1/showcase?q=" + word + "&unit=" + unit + "&field=SOCIO_ECONOMIC").then().statusCode(200)
                .body("totalItems", equalTo(1));
        given().get("/api/v1/showcase?q=" + word + "&field=OTHER").then().statusCode(200).body("totalItems", equalTo(0));
        given().get("/api/v1/showcase?q=" + word + "&unit=" + district()).then().statusCode(200).body("totalItems", equalTo(0));

        given().get("/api/v1/showcase/" + id).then().statusCode(200)
                .header("Cache-Control", "public, max-age=60")
                .body("title", equalTo("Máy lọc nước " + word))
                .body("benefitsByAuthors", equalTo("Tiết kiệm 25 triệu đồng mỗi năm"))
                .body("benefitsByAppliers", equalTo("Ba trường đã áp dụng"))
                .body("grade", equalTo("A"))
                .body("authorNames", contains("Nguyễn Thị Hoa"));
    }

    /** Consent is data of the dossier: written, read back, off unless given, and its change in the history. */
    @Test
    void consentIsKeptWithTheDossierAndOffUnlessGiven() {
        String unit = district();
        long id = create(dossier(unit, "Đồng ý công bố " + token(), true));
        asAdmin().get("/api/v1/initiatives/" + id).then().statusCode(200)
                .body("publishAgreed", equalTo(true))
                .body("authors.showName", contains(true, false));
        Map<String, Object> withdrawn = dossier(unit, "Rút đồng ý công bố", false);
        withdrawn.remove("publishAgreed");
        withdrawn.put("version", Fixtures.version(id));
        asAdmin().contentType(ContentType.JSON).body(withdrawn).put("/api/v1/initiatives/" + id).then().statusCode(200)
                .body("publishAgreed", equalTo(false));
        asAdmin().get("/api/v1/initiatives/" + id + "/history").then().statusCode(200)
                .body("findAll { it.changedFields != null }.changedFields.flatten()", org.hamcrest.Matchers.hasItem("publishAgreed"));
    }

    @Test
    void unpublishedDraftSubmittedAndRefusedDossiersAreNeverListedNorReadable() {
        String unit = district();
        String word = token();
        long unpublished = recognised(dossier(unit, "Chưa đồng ý " + word, false), unit);
        long draft = create(dossier(unit, "Bản nháp " + word, true));
        long submitted = create(dossier(unit, "Đã nộp " + word, true));
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", Fixtures.version(submitted)))
                .post("/api/v1/initiatives/" + submitted + "/submit").then().statusCode(200);
        long refused = create(dossier(unit, "Không công nhận " + word, true));
        Fixtures.underReview(refused, unit, "eval.showcase");
        Api.asDecidingAdmin().contentType(ContentType.JSON)
                .body(Map.of("version", Fixtures.version(refused), "reason", "Chưa có minh chứng áp dụng"))
                .post("/api/v1/initiatives/" + refused + "/refuse").then().statusCode(200);

        given().get("/api/v1/showcase?q=" + word).then().statusCode(200).body("totalItems", equalTo(0)).body("items", hasSize(0));
        for (long id : List.of(unpublished, draft, submitted, refused)) {
            given().get("/api/v1/showcase/" + id).then().statusCode(404)
                    .contentType("application/problem+json");
            mark(member(), "/api/v1/showcase/" + id + "/helped").then().statusCode(404);
        }
    }

    /** Plants a unique marker in every private part of a published dossier; no showcase answer may hold any. */
    @Test
    void noShowcaseAnswerLeaksAPrivatePart() {
        String unit = district();
        String word = token();
        String m = word.toUpperCase(Locale.ROOT);
        List<String> markers = new ArrayList<>();
        java.util.function.Function<String, String> mark = what -> {
            String marker = "MK" + m + what;
            markers.add(marker);
            return marker;
        };
        Map<String, Object> body = dossier(unit, "Bếp đun tiết kiệm củi " + word, true);
        body.put("addressee", mark.apply("ADDRESSEE"));
        body.put("funder", mark.apply("FUNDER"));
        body.put("currentState", mark.apply("CURRENTSTATE"));
        body.put("solution", mark.apply("SOLUTION"));
        body.put("novelty", mark.apply("NOVELTY"));
        body.put("confidentialParts", mark.apply("CONFIDENTIAL"));
        body.put("applicationConditions", mark.apply("CONDITIONS"));
        body.put("estimatedValueVnd", 987654321);
        markers.add("987654321");
        body.put("helpers", List.of(Map.of("fullName", mark.apply("HELPERNAME"), "workplace", mark.apply("HELPERWORK"),
                "jobTitle", mark.apply("HELPERJOB"), "contribution", mark.apply("HELPERPART"))));
        Map<String, Object> shown = new LinkedHashMap<>(Map.of("fullName", "Nguyễn Thị Hoa", "contributionPercent", 60,
                "showName", true, "birthDate", "1971-07-29", "workplace", mark.apply("WORKPLACE"), "jobTitle", mark.apply("JOB"),
                "qualification", mark.apply("QUALIFICATION")));
        shown.put("account", "acct" + word);
        markers.add("acct" + word);
        markers.add("1971-07-29"); // the birth date
        String hiddenName = "Hà Văn " + m + "HIDDEN";
        markers.add(m + "HIDDEN");
        body.put("authors", List.of(shown, Map.of("fullName", hiddenName, "contributionPercent", 40, "showName", false)));
        long id = create(body);
        asAdmin().multiPart("file", mark.apply("FILE") + ".pdf", "%PDF-1.4 thử".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .multiPart("kind", "APPLICATION").post("/api/v1/initiatives/" + id + "/attachments").then().statusCode(201);
        String evaluator = "eval" + word;
        markers.add(evaluator);
        Fixtures.underReview(id, unit, evaluator);
        Fixtures.recognise(id, "B");
        markers.add("admin.test"); // who filed it
        markers.add("admin.council"); // who decided
        markers.add("7/QĐ"); // the decision's number

        List<Response> answers = new ArrayList<>();
        answers.add(given().get("/api/v1/showcase?q=" + word));
        answers.add(given().get("/api/v1/showcase?q=bep dun " + word));
        answers.add(given().get("/api/v1/showcase/" + id));
        answers.add(member().get("/api/v1/showcase/" + id));
        answers.add(mark(member(), "/api/v1/showcase/" + id + "/helped"));
        answers.add(member().get("/api/v1/showcase/" + id + "/helped"));
        answers.add(member().delete("/api/v1/showcase/" + id + "/helped"));
        for (Response answer : answers) {
            assertEquals(200, answer.statusCode(), answer.asString());
            String text = answer.asString();
            for (String marker : markers) {
                assertFalse(text.contains(marker), marker + " leaked: " + text);
            }
        }
        assertTrue(answers.get(0).asString().contains("Bếp đun tiết kiệm củi " + word), "the dossier itself is listed");
        given().get("/api/v1/showcase/" + id).then().body("authorNames", contains("Nguyễn Thị Hoa"));

        // Nor is it found by what is private: the hidden author's name, the confidential text.
        given().get("/api/v1/showcase?q=" + m + "HIDDEN").then().statusCode(200).body("totalItems", equalTo(0));
        given().get("/api/v1/showcase?q=ha van " + m + "hidden").then().statusCode(200).body("totalItems", equalTo(0));
        given().get("/api/v1/showcase?q=MK" + m + "CONFIDENTIAL").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void helpedIsOncePerSignedInPersonAndAnonymousVisitorsOnlyRead() {
        String unit = district();
        long id = recognised(dossier(unit, "Sổ tay an toàn bếp ăn " + token(), true), unit);
        String path = "/api/v1/showcase/" + id + "/helped";

        mark(given(), path).then().statusCode(401);
        given().delete(path).then().statusCode(401);

        mark(member(), path).then().statusCode(200).body("count", equalTo(1)).body("helpedByMe", equalTo(true));
        mark(member(), path).then().statusCode(200).body("count", equalTo(1)).body("helpedByMe", equalTo(true));
        mark(Api.as("cb.showcase", Roles.UNIT_OFFICER, unit), path).then().statusCode(200)
                .body("count", equalTo(2)).body("helpedByMe", equalTo(true));
        given().get("/api/v1/showcase/" + id).then().statusCode(200).body("helpedCount", equalTo(2));

        member().delete(path).then().statusCode(200).body("count", equalTo(1)).body("helpedByMe", equalTo(false));
        member().delete(path).then().statusCode(200).body("count", equalTo(1)).body("helpedByMe", equalTo(false));
        member().get(path).then().statusCode(200).body("count", equalTo(1)).body("helpedByMe", equalTo(false));
        given().get("/api/v1/showcase/" + id).then().statusCode(200).body("helpedCount", equalTo(1));
    }

    /** The mark, with the empty object the contract allows as its body. */
    private static Response mark(RequestSpecification as, String path) {
        return as.contentType(ContentType.JSON).body("{}").post(path);
    }

    private static RequestSpecification member() {
        return Api.as("dv.showcase", Roles.MEMBER, "TLD");
    }
}
