package vn.congdoan.sangkien.initiative.importing;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Fixtures;

import java.nio.charset.StandardCharsets;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.congdoan.sangkien.common.Api.asAdmin;

/** An import leaves the search index merged: searches right after it do not read a backlog of pending entries. */
@QuarkusTest
class ImportSearchIndexTest {

    @Inject
    EntityManager em;

    @Test
    void anImportMergesItsSearchEntriesBeforeItAnswers() {
        String school = Fixtures.createUnit("T-IMG", "CĐCS Trường nhập chỉ mục", "GRASSROOTS", "TLD");
        StringBuilder file = new StringBuilder("Mã đơn vị,Tên sáng kiến,Loại giải pháp,Lĩnh vực,Ngày áp dụng lần đầu,Tác giả\n");
        for (int i = 1; i <= 300; i++) {
            file.append(school).append(",Giải pháp số ").append(i).append(" tưới nhỏ giọt cho vườn chè,TECHNICAL,SOCIO_ECONOMIC,")
                    .append("15/03/2022,Lò Văn Thắng\n");
        }
        asAdmin().contentType("text/csv").body(file.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/initiatives?program=1TRIEU-SK").then().statusCode(200).body("imported", equalTo(300));

        Number pendingPages = (Number) em.createNativeQuery(
                "select gin_clean_pending_list('initiative_search_words_idx'::regclass)").getSingleResult();
        assertEquals(0, pendingPages.intValue());
        asAdmin().get("/api/v1/initiatives?q=tuoi nho giot vuon che&unit=" + school)
                .then().statusCode(200).body("totalItems", equalTo(300));
    }
}
