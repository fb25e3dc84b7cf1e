package vn.congdoan.sangkien.common;

import io.restassured.http.ContentType;
import vn.congdoan.sangkien.common.text.VietnamClock;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static vn.congdoan.sangkien.common.Api.asAdmin;

/** Builds what tests need through the API itself; every test makes its own units so tests do not meet. */
public final class Fixtures {

    public static final String PROGRAM = "1TRIEU-SK";

    private Fixtures() {
    }

    public static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public static String createUnit(String prefix, String name, String type, String parentCode) {
        String code = uniqueCode(prefix);
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", name, "type", type, "parentCode", parentCode, "validFrom", "2021-09-01"))
                .post("/api/v1/units").then().statusCode(201);
        return code;
    }

    public static String initiativeJson(String unitCode, String title, String firstAppliedOn) {
        return """
                {"programCode": "%s", "unitCode": "%s", "title": "%s",
                 "addressee": "Hội đồng sáng kiến Sở Giáo dục và Đào tạo tỉnh Lai Châu",
                 "summary": "Bể lọc nhiều tầng bằng vật liệu địa phương",
                 "solution": "Ba tầng lọc cát, sỏi, than hoa trong bồn inox 2 m3",
                 "solutionType": "TECHNICAL", "field": "SOCIO_ECONOMIC", "firstAppliedOn": "%s", "filedOn": "%s",
                 "authors": [
                   {"fullName": "Nguyễn Thị Hoa", "birthDate": "1985-03-14", "workplace": "Trường PTDTBT Mù Cả",
                    "jobTitle": "Giáo viên", "qualification": "Cử nhân", "contributionPercent": 60, "unionMember": true},
                   {"fullName": "Lò Văn Minh", "contributionPercent": 40}
                 ]}
                """.formatted(PROGRAM, unitCode, title, firstAppliedOn, firstAppliedOn);
    }

    /** A member's own dossier: its first author linked to their account, as a member filing for themselves does. */
    public static String ownInitiativeJson(String account, String unitCode, String title, String firstAppliedOn) {
        return linkedInitiativeJson(unitCode, title, firstAppliedOn, account);
    }

    /** The dossier of {@link #initiativeJson} with its first author (Nguyễn Thị Hoa) linked to the account. */
    public static String linkedInitiativeJson(String unitCode, String title, String firstAppliedOn, String account) {
        String json = initiativeJson(unitCode, title, firstAppliedOn);
        return json.replaceFirst("\"unionMember\": true}", "\"unionMember\": true, \"account\": \"" + account + "\"}");
    }

    public static long createInitiative(String unitCode, String title, String firstAppliedOn) {
        return asAdmin().contentType(ContentType.JSON).body(initiativeJson(unitCode, title, firstAppliedOn))
                .post("/api/v1/initiatives").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long version(long initiativeId) {
        return asAdmin().get("/api/v1/initiatives/" + initiativeId).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    /** Submits the dossier and gives it to a council of one seat on {@code councilUnit} (replacing that council): UNDER_REVIEW. */
    public static void underReview(long initiativeId, String councilUnit, String evaluator) {
        asAdmin().contentType(ContentType.JSON).body(Map.of("version", version(initiativeId)))
                .post("/api/v1/initiatives/" + initiativeId + "/submit").then().statusCode(200);
        assign(initiativeId, councilUnit, evaluator);
    }

    /** Gives a submitted dossier to a council of one seat on {@code councilUnit} (replacing that council): UNDER_REVIEW. */
    public static void assign(long initiativeId, String councilUnit, String evaluator) {
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("members", List.of(Map.of("username", evaluator, "fullName", "Giám khảo " + evaluator))))
                .put("/api/v1/councils/" + councilUnit).then().statusCode(200);
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("version", version(initiativeId), "rubricCode", "TLD-2022", "evaluators", List.of(evaluator)))
                .post("/api/v1/initiatives/" + initiativeId + "/evaluations").then().statusCode(200);
    }

    /** Records the organisation's recognition of a dossier under review, dated today, with the given grade. */
    public static void recognise(long initiativeId, String grade) {
        Api.asDecidingAdmin().contentType(ContentType.JSON).body(Map.of("version", version(initiativeId), "recognitionBody", "Hội đồng sáng kiến",
                        "decisionNumber", "7/QĐ", "decisionDate", VietnamClock.today().toString(), "impactLevel", "GRASSROOTS", "grade", grade))
                .post("/api/v1/initiatives/" + initiativeId + "/recognise").then().statusCode(200);
    }
}
