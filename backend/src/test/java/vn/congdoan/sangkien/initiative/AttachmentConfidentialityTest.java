package vn.congdoan.sangkien.initiative;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.security.Roles;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static vn.congdoan.sangkien.common.Api.asAdmin;

/**
 * Confidential files (V17): hidden like the confidential text from who has no need to know, every download recorded;
 * and every file added, marked or removed in the dossier's history, a confidential one unnamed for who may not see it.
 */
@QuarkusTest
class AttachmentConfidentialityTest {

    private static final byte[] PDF = "%PDF-1.7\n% Sơ đồ buồng đốt\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void aConfidentialFileIsShownOnlyToWhoNeedsToKnowAndEveryDownloadIsRecorded() {
        String school = Fixtures.createUnit("T-ACF", "CĐCS Trường THCS Nậm Xe", "GRASSROOTS", "LCH-PT");
        var filer = Api.as("doanvien.namxe", Roles.MEMBER, school);
        long id = filer.contentType(ContentType.JSON).body(Fixtures.ownInitiativeJson("doanvien.namxe", school, "Lò sấy chè tiết kiệm củi", "2022-03-10"))
                .post("/api/v1/initiatives").then().statusCode(201).extract().jsonPath().getLong("id");
        long secret = upload(Api.as("doanvien.namxe", Roles.MEMBER, school), id, "Sơ đồ buồng đốt.pdf", "true").then().statusCode(201)
                .body("confidential", equalTo(true)).body("fileName", equalTo("Sơ đồ buồng đốt.pdf"))
                .extract().jsonPath().getLong("id");
        long open = upload(Api.as("doanvien.namxe", Roles.MEMBER, school), id, "Đơn đề nghị.pdf", null).then().statusCode(201)
                .body("confidential", equalTo(false)).extract().jsonPath().getLong("id");

        // The filer and the officers whose scope holds the unit see and fetch it.
        Api.as("doanvien.namxe", Roles.MEMBER, school).get(files(id)).then().statusCode(200)
                .body("id", contains((int) secret, (int) open)).body("confidential", contains(true, false));
        Response download = Api.as("doanvien.namxe", Roles.MEMBER, school).get(file(id, secret));
        download.then().statusCode(200).contentType("application/pdf");
        assertArrayEquals(PDF, download.asByteArray());
        var district = Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT");
        district.get(files(id)).then().statusCode(200).body("fileName", contains("Sơ đồ buồng đốt.pdf", "Đơn đề nghị.pdf"));
        Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").get(file(id, secret)).then().statusCode(200);

        // The admin role alone is no need to know: the file is not there for it at all; the open one is.
        asAdmin().get(files(id)).then().statusCode(200).body("id", contains((int) open)).body("confidential", everyItem(equalTo(false)));
        asAdmin().get(file(id, secret)).then().statusCode(404).contentType("application/problem+json");
        asAdmin().get(file(id, open)).then().statusCode(200);
        // Reporting never opens files; another district and an evaluator not assigned do not see the dossier at all.
        Api.as("tld.reporting", Roles.REPORTER, "TLD").get(files(id)).then().statusCode(403);
        Api.as("tld.reporting", Roles.REPORTER, "TLD").get(file(id, secret)).then().statusCode(403);
        Api.as("cb.sinho", Roles.UNIT_OFFICER, "LCH-SH").get(files(id)).then().statusCode(404);
        Api.as("cb.sinho", Roles.UNIT_OFFICER, "LCH-SH").get(file(id, secret)).then().statusCode(404);

        // Under review: the assigned evaluator needs to know, another evaluator does not.
        String evaluator = "gk." + school.toLowerCase();
        Fixtures.underReview(id, school, evaluator);
        Api.as(evaluator, Roles.EVALUATOR, "LCH").get(files(id)).then().statusCode(200).body("id", hasItem((int) secret));
        Api.as(evaluator, Roles.EVALUATOR, "LCH").get(file(id, secret)).then().statusCode(200);
        Api.as("gk.khac", Roles.EVALUATOR, school).get(files(id)).then().statusCode(404);
        Api.as("gk.khac", Roles.EVALUATOR, school).get(file(id, secret)).then().statusCode(404);

        // Each download of the confidential file is a read of confidential parts, naming the file; the open file's
        // downloads and the refused attempts are not.
        Api.as("ldld.laichau", Roles.FEDERATION_OFFICER, "LCH").get("/api/v1/confidential-reads?initiative=" + id).then().statusCode(200)
                .body("items.reader", contains(evaluator, "cb.phongtho", "doanvien.namxe"))
                .body("items.attachmentId", everyItem(equalTo((int) secret))).body("totalItems", equalTo(3));
    }

    @Test
    void aFileIsMarkedByWhoMayChangeTheFilesAndAConfidentialOneOnlyByWhoMaySeeIt() {
        String school = Fixtures.createUnit("T-ACF", "CĐCS Trường Tiểu học Bản Giang", "GRASSROOTS", "LCH-TAU");
        var officer = Api.as("cb.bangiang", Roles.UNIT_OFFICER, school);
        long id = officer.contentType(ContentType.JSON).body(Fixtures.initiativeJson(school, "Vườn rau thủy canh", "2022-03-10"))
                .post("/api/v1/initiatives").then().statusCode(201).extract().jsonPath().getLong("id");
        long file = upload(Api.as("cb.bangiang", Roles.UNIT_OFFICER, school), id, "Bản mô tả.pdf", "false").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        // Roles that never change files, and officers elsewhere.
        mark(Api.as("gk.bangiang", Roles.EVALUATOR, school), id, file, true).then().statusCode(403).contentType("application/problem+json");
        mark(Api.as("tld.reporting", Roles.REPORTER, "TLD"), id, file, true).then().statusCode(403);
        mark(Api.as("cb.sinho", Roles.UNIT_OFFICER, "LCH-SH"), id, file, true).then().statusCode(404);
        mark(Api.as("doanvien.khac", Roles.MEMBER, school), id, file, true).then().statusCode(404);

        // The admin may narrow who sees a file, but once it is confidential the file is not there for it to open again.
        mark(asAdmin(), id, file, true).then().statusCode(200).body("confidential", equalTo(true));
        mark(asAdmin(), id, file, false).then().statusCode(404);
        asAdmin().delete(file(id, file)).then().statusCode(404);
        mark(Api.as("cb.bangiang", Roles.UNIT_OFFICER, school), id, file, false).then().statusCode(200)
                .body("confidential", equalTo(false)).body("fileName", equalTo("Bản mô tả.pdf"));
        mark(Api.as("cb.bangiang", Roles.UNIT_OFFICER, school), id, file, true).then().statusCode(200).body("confidential", equalTo(true));

        // Bad values name the field and the rule, in both languages.
        Api.as("cb.bangiang", Roles.UNIT_OFFICER, school).contentType(ContentType.JSON).body("{\"confidential\": \"có lẽ\"}")
                .put(file(id, file) + "/confidential").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("confidential")).body("errors[0].rule", equalTo("Type"));
        Api.as("cb.bangiang", Roles.UNIT_OFFICER, school).contentType(ContentType.JSON).body(Map.of())
                .put(file(id, file) + "/confidential").then().statusCode(400)
                .body("errors[0].field", equalTo("confidential")).body("errors[0].rule", equalTo("NotNull"));
        upload(Api.as("cb.bangiang", Roles.UNIT_OFFICER, school), id, "Phụ lục.pdf", "có").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("confidential")).body("errors[0].rule", equalTo("OneOf"))
                .body("errors[0].message", containsString("true, false")).body("errors[0].messageEn", containsString("true, false"));
        Api.as("cb.bangiang", Roles.UNIT_OFFICER, school).multiPart("file", "phu-luc.pdf", PDF, "application/pdf")
                .multiPart("kind", "BIEN_BAN").post(files(id)).then().statusCode(400)
                .body("errors[0].field", equalTo("kind")).body("errors[0].rule", equalTo("OneOf"))
                .body("errors[0].messageEn", containsString("EVIDENCE"));
        mark(Api.as("cb.bangiang", Roles.UNIT_OFFICER, school), id, 999_999_999L, true).then().statusCode(404);
    }

    @Test
    void theFilerNoLongerMarksFilesOnceTheDossierIsSubmitted() {
        String school = Fixtures.createUnit("T-ACF", "CĐCS Trường Mầm non Sơn Bình", "GRASSROOTS", "LCH-TAU");
        var member = Api.as("doanvien.sonbinh", Roles.MEMBER, school);
        long id = member.contentType(ContentType.JSON).body(Fixtures.ownInitiativeJson("doanvien.sonbinh", school, "Đồ chơi từ tre nứa", "2022-03-10"))
                .post("/api/v1/initiatives").then().statusCode(201).extract().jsonPath().getLong("id");
        long file = upload(Api.as("doanvien.sonbinh", Roles.MEMBER, school), id, "Ảnh đồ chơi.pdf", "true").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        mark(Api.as("doanvien.sonbinh", Roles.MEMBER, school), id, file, false).then().statusCode(200);
        Api.as("doanvien.sonbinh", Roles.MEMBER, school).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post("/api/v1/initiatives/" + id + "/submit").then().statusCode(200);
        mark(Api.as("doanvien.sonbinh", Roles.MEMBER, school), id, file, true).then().statusCode(404);
        // Officers still may, as they still add the decision and the evidence.
        mark(Api.as("cb.tamduong", Roles.UNIT_OFFICER, "LCH-TAU"), id, file, true).then().statusCode(200);
    }

    @Test
    void filesAddedMarkedAndRemovedAreInTheHistoryAndAConfidentialOneUnnamedForWhoMayNotSeeIt() {
        String school = Fixtures.createUnit("T-ACF", "CĐCS Trường THCS Khun Há", "GRASSROOTS", "LCH-TAU");
        var officer = Api.as("cb.khunha", Roles.UNIT_OFFICER, school);
        long id = officer.contentType(ContentType.JSON).body(Fixtures.initiativeJson(school, "Bếp đun khí hóa sinh khối", "2022-03-10"))
                .post("/api/v1/initiatives").then().statusCode(201).extract().jsonPath().getLong("id");
        long open = upload(Api.as("cb.khunha", Roles.UNIT_OFFICER, school), id, "Bản mô tả.pdf", null).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long secret = upload(Api.as("cb.khunha", Roles.UNIT_OFFICER, school), id, "Bản vẽ buồng đốt.pdf", "true").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        mark(Api.as("cb.khunha", Roles.UNIT_OFFICER, school), id, open, true).then().statusCode(200);
        mark(Api.as("cb.khunha", Roles.UNIT_OFFICER, school), id, open, false).then().statusCode(200);
        // The district removes both: a removal names who, when and which file.
        var district = Api.as("cb.tamduong", Roles.UNIT_OFFICER, "LCH-TAU");
        district.delete(file(id, open)).then().statusCode(204);
        Api.as("cb.tamduong", Roles.UNIT_OFFICER, "LCH-TAU").delete(file(id, secret)).then().statusCode(204);
        Api.as("cb.tamduong", Roles.UNIT_OFFICER, "LCH-TAU").get(files(id)).then().statusCode(200).body("$", org.hamcrest.Matchers.empty());

        String removed = "findAll { it.kind == 'ATTACHMENT_REMOVED' }";
        Api.as("cb.khunha", Roles.UNIT_OFFICER, school).get(history(id)).then().statusCode(200)
                .body("findAll { it.kind == 'ATTACHMENT_ADDED' }.fileName", contains("Bản mô tả.pdf", "Bản vẽ buồng đốt.pdf"))
                .body("findAll { it.kind == 'ATTACHMENT_ADDED' }.actor", everyItem(equalTo("cb.khunha")))
                .body("findAll { it.kind == 'ATTACHMENT_CONFIDENTIALITY' }.fileConfidential", contains(true, false))
                .body(removed + ".fileName", contains("Bản mô tả.pdf", "Bản vẽ buồng đốt.pdf"))
                .body(removed + ".attachmentKind", everyItem(equalTo("APPLICATION")))
                .body(removed + ".fileConfidential", contains(false, true))
                .body(removed + ".actor", everyItem(equalTo("cb.tamduong")))
                .body(removed + ".at", everyItem(notNullValue()))
                // Oldest first: the files come after the dossier was created.
                .body("kind", contains("TRANSITION", "ATTACHMENT_ADDED", "ATTACHMENT_ADDED", "ATTACHMENT_CONFIDENTIALITY",
                        "ATTACHMENT_CONFIDENTIALITY", "ATTACHMENT_REMOVED", "ATTACHMENT_REMOVED"));

        // Who may not read the confidential parts sees that a confidential file came and went, not its name.
        asAdmin().get(history(id)).then().statusCode(200)
                .body(removed + ".size()", equalTo(2))
                .body(removed + ".find { it.fileConfidential }.fileName", nullValue())
                .body(removed + ".find { it.fileConfidential }.attachmentKind", equalTo("APPLICATION"))
                .body(removed + ".find { !it.fileConfidential }.fileName", equalTo("Bản mô tả.pdf"))
                .body("findAll { it.kind == 'ATTACHMENT_ADDED' }.fileName", containsInAnyOrder("Bản mô tả.pdf", null))
                .body("fileName", not(hasItem("Bản vẽ buồng đốt.pdf")));
    }

    private static Response upload(RequestSpecification as, long id, String name, String confidential) {
        RequestSpecification request = as.config(AttachmentTest.BROWSER_LIKE).multiPart("file", name, PDF, "application/pdf")
                .multiPart("kind", "APPLICATION");
        if (confidential != null) {
            request = request.multiPart("confidential", confidential);
        }
        return request.post(files(id));
    }

    private static Response mark(RequestSpecification as, long id, long attachment, boolean confidential) {
        return as.contentType(ContentType.JSON).body(Map.of("confidential", confidential)).put(file(id, attachment) + "/confidential");
    }

    private static String files(long id) {
        return "/api/v1/initiatives/" + id + "/attachments";
    }

    private static String file(long id, long attachment) {
        return files(id) + "/" + attachment;
    }

    private static String history(long id) {
        return "/api/v1/initiatives/" + id + "/history";
    }
}
