package vn.congdoan.sangkien.initiative;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.security.Roles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static vn.congdoan.sangkien.common.Api.asAdmin;

@QuarkusTest
class AttachmentTest {

    private static final byte[] PDF = "%PDF-1.7\n% Đơn đề nghị công nhận sáng kiến\n".getBytes(StandardCharsets.UTF_8);
    /** The PNG signature and the start of an IHDR chunk. */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    /** Start of image, then a JFIF APP0 segment. */
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};

    @Test
    void storesAFileAndServesItBackWithSafeHeaders() {
        long id = Fixtures.createInitiative("LCH-PT", "Sổ tay an toàn vệ sinh lao động", "2022-02-02");
        long attachment = upload(id, "Đơn đề nghị công nhận.pdf", PDF).then().statusCode(201)
                .body("contentType", equalTo("application/pdf")).body("sizeBytes", equalTo(PDF.length))
                .body("kind", equalTo("APPLICATION")).body("fileName", equalTo("Đơn đề nghị công nhận.pdf"))
                .extract().jsonPath().getLong("id");
        Response download = Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").get(file(id, attachment));
        download.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("filename*=UTF-8''%C4%90%C6%A1n%20%C4%91%E1%BB%81%20ngh%E1%BB%8B"))
                .header("Content-Disposition", containsString("filename=\"Don de nghi cong nhan.pdf\""))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        assertArrayEquals(PDF, download.asByteArray());
        asAdmin().get("/api/v1/initiatives/" + id + "/attachments").then().statusCode(200).body("fileName", org.hamcrest.Matchers.contains("Đơn đề nghị công nhận.pdf"));
        // Another district cannot fetch it, even knowing both ids.
        Api.as("cb.sinho", Roles.UNIT_OFFICER, "LCH-SH").get(file(id, attachment)).then().statusCode(404);
    }

    @Test
    void recognisesOfficeDocumentsFromTheirContent() throws IOException {
        long id = Fixtures.createInitiative("LCH-PT", "Bản mô tả dạng Word", "2022-02-02");
        upload(id, "Bản mô tả.docx", zip("word/document.xml")).then().statusCode(201)
                .body("contentType", equalTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        upload(id, "Bảng số liệu.xlsx", zip("xl/workbook.xml")).then().statusCode(201);
    }

    @Test
    void refusesDisguisedAndUnknownFiles() throws IOException {
        long id = Fixtures.createInitiative("LCH-PT", "Tệp giả mạo", "2022-02-02");
        byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        upload(id, "don.pdf", executable).then().statusCode(415).contentType("application/problem+json")
                .body("title", equalTo("Loại tệp không được nhận"));
        upload(id, "mo-ta.pdf", zip("word/document.xml")).then().statusCode(415)
                .body("titleEn", equalTo("File content does not match its name")).body("detailEn", containsString("DOCX"));
        upload(id, "luu-tru.zip", zip("readme.txt")).then().statusCode(415);
    }

    @Test
    void recognisesImagesAndOpenDocumentTextFromTheirBytes() throws IOException {
        long id = Fixtures.createInitiative("LCH-PT", "Ảnh minh chứng và bản mô tả ODT", "2022-02-02");
        upload(id, "Ảnh bể lọc.png", PNG).then().statusCode(201).body("contentType", equalTo("image/png"))
                .body("sizeBytes", equalTo(PNG.length));
        upload(id, "anh-hien-truong.jpg", JPEG).then().statusCode(201).body("contentType", equalTo("image/jpeg"));
        upload(id, "anh-hien-truong.JPEG", JPEG).then().statusCode(201).body("contentType", equalTo("image/jpeg"));
        upload(id, "Bản mô tả.odt", openDocument("application/vnd.oasis.opendocument.text")).then().statusCode(201)
                .body("contentType", equalTo("application/vnd.oasis.opendocument.text"));
    }

    @Test
    void refusesImagesAndOpenDocumentsDisguisedByTheirExtension() throws IOException {
        long id = Fixtures.createInitiative("LCH-PT", "Ảnh và ODT giả mạo", "2022-02-02");
        upload(id, "anh.jpg", PNG).then().statusCode(415).contentType("application/problem+json")
                .body("titleEn", equalTo("File content does not match its name")).body("detailEn", containsString("PNG"));
        upload(id, "anh.png", JPEG).then().statusCode(415).body("detailEn", containsString("JPEG"));
        upload(id, "mo-ta.docx", openDocument("application/vnd.oasis.opendocument.text")).then().statusCode(415)
                .body("detailEn", containsString("ODT"));
        upload(id, "mo-ta.odt", zip("word/document.xml")).then().statusCode(415).body("detailEn", containsString("DOCX"));
        // A spreadsheet, or a text file, named .odt is no accepted type at all.
        upload(id, "bang-tinh.odt", openDocument("application/vnd.oasis.opendocument.spreadsheet")).then().statusCode(415)
                .body("titleEn", equalTo("File type not accepted"));
        upload(id, "ghi-chu.odt", "mimetype application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(415).body("titleEn", equalTo("File type not accepted"));
        // Only the PNG signature's first bytes are not a PNG.
        upload(id, "cut.png", Arrays.copyOf(PNG, 4)).then().statusCode(415).body("titleEn", equalTo("File type not accepted"));
        asAdmin().get("/api/v1/initiatives/" + id + "/attachments").then().statusCode(200).body("$", org.hamcrest.Matchers.empty());
    }

    @Test
    void refusesFilesOverTheLimitAndCleansNames() {
        long id = Fixtures.createInitiative("LCH-PT", "Tệp quá lớn", "2022-02-02");
        byte[] large = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        upload(id, "lon.pdf", large).then().statusCode(413).body("detail", containsString("10 MB"));
        upload(id, "../../etc/<quyết định>.pdf", PDF).then().statusCode(201).body("fileName", equalTo("quyết định.pdf"));
    }

    @Test
    void filesOfASubmittedDossierAreChangedOnlyByOfficers() {
        String school = Fixtures.createUnit("T-ATT", "CĐCS Trường Mầm non", "GRASSROOTS", "LCH-PT");
        var member = Api.as("doanvien.att", Roles.MEMBER, school);
        long id = member.contentType("application/json").body(Fixtures.ownInitiativeJson("doanvien.att", school, "Góc học liệu", "2022-02-02"))
                .post("/api/v1/initiatives").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as("doanvien.att", Roles.MEMBER, school).contentType("application/json").body(java.util.Map.of("version", 0))
                .post("/api/v1/initiatives/" + id + "/submit").then().statusCode(200);
        Api.as("doanvien.att", Roles.MEMBER, school).multiPart("file", "them.pdf", PDF, "application/pdf")
                .post("/api/v1/initiatives/" + id + "/attachments").then().statusCode(404);
        Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").multiPart("file", "quyet-dinh.pdf", PDF, "application/pdf")
                .multiPart("kind", "DECISION").post("/api/v1/initiatives/" + id + "/attachments").then().statusCode(201);
    }

    /** As browsers do: the UTF-8 file name as it is in the part header. */
    static final io.restassured.config.RestAssuredConfig BROWSER_LIKE = io.restassured.RestAssured.config()
            .httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                    .httpMultipartMode(org.apache.http.entity.mime.HttpMultipartMode.BROWSER_COMPATIBLE))
            .multiPartConfig(io.restassured.config.MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8));

    private static Response upload(long id, String name, byte[] bytes) {
        return asAdmin().config(BROWSER_LIKE).multiPart("file", name, bytes, "application/octet-stream").multiPart("kind", "APPLICATION")
                .post("/api/v1/initiatives/" + id + "/attachments");
    }

    private static String file(long id, long attachment) {
        return "/api/v1/initiatives/" + id + "/attachments/" + attachment;
    }

    /** As OpenDocument writes it: the "mimetype" entry first, then the content. */
    private static byte[] openDocument(String mimetype) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write(mimetype.getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
