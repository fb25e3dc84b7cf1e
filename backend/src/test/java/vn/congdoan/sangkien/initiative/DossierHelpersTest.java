package vn.congdoan.sangkien.initiative;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Fixtures;

import java.util.regex.Matcher;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.congdoan.sangkien.common.Api.asAdmin;

/** The people who helped apply an initiative, kept in the dossier's row (V9): in order, replaced whole, never lost. */
@QuarkusTest
class DossierHelpersTest {

    private static final String TWO_HELPERS = """
            "helpers": [{"fullName": "Vàng Thị Mai", "workplace": "Trường PTDTBT Mù Cả", "contribution": "Thi công bể lọc"},
                        {"fullName": "Lò Văn \\"Sáu\\"", "jobTitle": "Bảo vệ"}], \
            """;

    @Inject
    EntityManager em;

    @Test
    void keepsTheHelpersInOrderAndReplacesThemWhole() {
        long id = createWithTwoHelpers("Bể lọc nước có người giúp");
        asAdmin().get("/api/v1/initiatives/" + id).then().statusCode(200)
                .body("helpers.fullName", contains("Vàng Thị Mai", "Lò Văn \"Sáu\""))
                .body("helpers[0].workplace", equalTo("Trường PTDTBT Mù Cả"))
                .body("helpers[0].contribution", equalTo("Thi công bể lọc"))
                .body("helpers[0].jobTitle", nullValue())
                .body("helpers[1].jobTitle", equalTo("Bảo vệ"))
                .body("version", equalTo(0));

        String oneHelper = Fixtures.initiativeJson("LCH-TP", "Bể lọc nước có người giúp", "2022-03-01")
                .replaceFirst("\\{", "{\"version\": 0, \"helpers\": [{\"fullName\": \"Giàng A Páo\"}], ");
        asAdmin().contentType(ContentType.JSON).body(oneHelper).put("/api/v1/initiatives/" + id)
                .then().statusCode(200).body("version", equalTo(1)).body("helpers.fullName", contains("Giàng A Páo"));
        String none = Fixtures.initiativeJson("LCH-TP", "Bể lọc nước có người giúp", "2022-03-01")
                .replaceFirst("\\{", "{\"version\": 1, ");
        asAdmin().contentType(ContentType.JSON).body(none).put("/api/v1/initiatives/" + id)
                .then().statusCode(200).body("version", equalTo(2)).body("helpers", empty());
        asAdmin().get("/api/v1/initiatives/" + id).then().body("helpers", empty()).body("version", equalTo(2));
    }

    @Test
    void loadingADossierInATransactionDoesNotCountAsAChange() {
        // The helpers are compared by value at flush; were they not, every transaction that only reads a dossier would
        // write it back and bump its version, and its editors would get 409s for changes nobody made.
        long id = createWithTwoHelpers("Hồ sơ chỉ được đọc");
        QuarkusTransaction.requiringNew().run(() -> em.find(Initiative.class, id).helpers.size());
        asAdmin().get("/api/v1/initiatives/" + id).then().body("version", equalTo(0))
                .body("helpers.fullName", contains("Vàng Thị Mai", "Lò Văn \"Sáu\""));
    }

    private static long createWithTwoHelpers(String title) {
        String created = Fixtures.initiativeJson("LCH-TP", title, "2022-03-01")
                .replaceFirst("\\{", Matcher.quoteReplacement("{" + TWO_HELPERS));
        return asAdmin().contentType(ContentType.JSON).body(created).post("/api/v1/initiatives")
                .then().log().ifValidationFails().statusCode(201).extract().jsonPath().getLong("id");
    }
}
