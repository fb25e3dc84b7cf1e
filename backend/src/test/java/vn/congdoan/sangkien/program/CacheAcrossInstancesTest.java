package vn.congdoan.sangkien.program;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.common.db.CacheInvalidation;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.sangkien.common.Api.asAdmin;

/**
 * Programmes and periods live in each instance's second-level cache; another instance (here: plain SQL on a
 * connection of its own, committed outside this application) changes the rows, and this instance answers the new
 * values within a second, without a restart (V16's triggers, common.db.CacheInvalidation).
 */
@QuarkusTest
class CacheAcrossInstancesTest {

    private static final Duration AT_MOST = Duration.ofSeconds(1);

    @Inject
    Jdbi jdbi;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    CacheInvalidation invalidation;

    private String code;

    @BeforeEach
    void programmeWithAPeriod() throws InterruptedException {
        assertTrue(invalidation.awaitListening(10, TimeUnit.SECONDS), "the listener connects");
        code = Fixtures.uniqueCode("T-L2");
        asAdmin().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Chương trình A"))
                .post("/api/v1/programs").then().statusCode(201);
        asAdmin().contentType(ContentType.JSON).body(period("Y2024", "2024-12-31"))
                .post("/api/v1/programs/" + code + "/periods").then().statusCode(201);
    }

    @Test
    void aPeriodChangedElsewhereIsReadAtOnce() {
        asAdmin().get("/api/v1/programs/" + code + "/periods").then().statusCode(200); // cached here now
        long id = jdbi.withHandle(h -> h.createQuery("select p.id from period p join program g on g.id = p.program_id"
                + " where g.code = :program and p.code = 'Y2024'").bind("program", code).mapTo(Long.class).one());
        assertTrue(sessionFactory.getCache().containsEntity(Period.class, id), "the period is in the second-level cache");

        long evictionsBefore = invalidation.evictions();
        jdbi.useHandle(h -> h.createUpdate("update period set ends_on = date '2025-06-30', version = version + 1 where id = :id")
                .bind("id", id).execute());

        assertEquals("2025-06-30", within(AT_MOST, "2025-06-30", () -> asAdmin().get("/api/v1/programs/" + code + "/periods")
                .then().statusCode(200).extract().path("find { it.code == 'Y2024' }.endsOn")));
        assertTrue(invalidation.evictions() > evictionsBefore, "the listener evicted it");
    }

    @Test
    void aProgrammeRenamedAndAPeriodAddedElsewhereAreReadAtOnce() {
        asAdmin().get("/api/v1/programs/" + code).then().statusCode(200).body("name", equalTo("Chương trình A"));
        asAdmin().get("/api/v1/programs/" + code + "/periods").then().statusCode(200);

        jdbi.useHandle(h -> {
            h.createUpdate("update program set name = 'Chương trình B', version = version + 1 where code = :code")
                    .bind("code", code).execute();
            h.createUpdate("insert into period (id, program_id, code, name, kind, starts_on, ends_on)"
                    + " select nextval('period_seq'), id, 'Y2025', 'Năm 2025', 'YEAR', date '2025-01-01', date '2025-12-31'"
                    + " from program where code = :code").bind("code", code).execute();
        });

        assertEquals("Chương trình B", within(AT_MOST, "Chương trình B",
                () -> asAdmin().get("/api/v1/programs/" + code).then().statusCode(200).extract().path("name")));
        assertEquals("2025-12-31", within(AT_MOST, "2025-12-31", () -> asAdmin().get("/api/v1/programs/" + code + "/periods")
                .then().statusCode(200).extract().path("find { it.code == 'Y2025' }.endsOn")));
    }

    /** Asks until the answer is the expected one or the time is up; answers the last answer. */
    private static <T> T within(Duration limit, T expected, Supplier<T> ask) {
        long deadline = System.nanoTime() + limit.toNanos();
        T answer = ask.get();
        while (!expected.equals(answer) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            answer = ask.get();
        }
        return answer;
    }

    private static Map<String, Object> period(String periodCode, String endsOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", periodCode);
        body.put("name", "Năm 2024");
        body.put("kind", "YEAR");
        body.put("startsOn", "2024-01-01");
        body.put("endsOn", endsOn);
        return body;
    }
}
