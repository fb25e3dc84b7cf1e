package vn.congdoan.sangkien.common;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;

import java.util.List;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static vn.congdoan.sangkien.common.Api.asAdmin;

/**
 * PostgreSQL restarts while the backend serves: requests in between get a 503 problem with Retry-After, quickly and
 * never a 500, and once the server is back the same requests succeed, without restarting the backend. The test has a
 * PostgreSQL of its own (a fixed port and a kept directory), so the other tests' database is never stopped.
 */
@QuarkusTest
@TestProfile(OwnServersProfile.class)
class DatabaseRestartTest {

    /** A request in the outage must not wait for long: a few seconds at most. */
    private static final long OUTAGE_ANSWER_MS = 3_000;
    /** quarkus.datasource.jdbc.foreground-validation-interval, and a little. */
    private static final long IDLE_CHECKED_AFTER_MS = 1_100;
    /** After the server is back, the backend serves again within this. */
    private static final long RECOVERY_MS = 10_000;

    RestartablePostgresResource.Server postgres;

    @Inject
    DataSource dataSource;

    private static Response read() {
        return asAdmin().get("/api/v1/programs/" + Fixtures.PROGRAM + "/progress?root=LCH");
    }

    private static Response write() {
        return asAdmin().contentType(ContentType.JSON)
                .body(Fixtures.initiativeJson("LCH-PT", "Bể lọc nước khi máy chủ dữ liệu khởi động lại", "2022-05-10"))
                .post("/api/v1/initiatives");
    }

    @Test
    void requestsDuringARestartGetA503ProblemAndTheBackendRecoversByItself() {
        read().then().statusCode(200);
        write().then().statusCode(201);
        databaseCheck("UP");

        postgres.stop();
        try {
            // The first request meets the connections the pool kept (now broken), the next ones must open new connections.
            for (int i = 0; i < 3; i++) {
                unavailable("read", DatabaseRestartTest::read);
                unavailable("write", DatabaseRestartTest::write);
            }
            databaseCheck("DOWN");
        } finally {
            postgres.start();
        }

        long back = System.nanoTime();
        while (read().statusCode() != 200) {
            if (millisSince(back) > RECOVERY_MS) {
                fail("the backend did not serve again within " + RECOVERY_MS + " ms of PostgreSQL's restart");
            }
            sleep(100);
        }
        System.out.printf("DatabaseRestartTest: first read served %d ms after PostgreSQL was back%n", millisSince(back));
        for (int i = 0; i < 3; i++) {
            read().then().statusCode(200);
            write().then().statusCode(201);
        }
        databaseCheck("UP");
    }

    /**
     * A restart between two requests: the connections the pool kept are all broken, yet none of them reaches a request
     * (a connection idle for over a second is checked before it is lent out) — no 503, no 500. A real restart takes
     * longer than that second; this small server can restart in a quarter of one, so the test waits out the rest.
     */
    @Test
    void aRestartBetweenRequestsCostsNoRequest() throws SQLException {
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                held.add(dataSource.getConnection()); // five connections in the pool, idle once given back
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        long idleSince = System.nanoTime();
        postgres.stop();
        postgres.start();
        System.out.printf("DatabaseRestartTest: PostgreSQL stopped and started in %d ms%n", millisSince(idleSince));
        sleep(Math.max(0, IDLE_CHECKED_AFTER_MS - millisSince(idleSince)));
        for (int i = 0; i < 4; i++) {
            read().then().statusCode(200);
            write().then().statusCode(201);
        }
    }

    private static void unavailable(String what, Supplier<Response> request) {
        long start = System.nanoTime();
        Response response = request.get();
        long took = millisSince(start);
        System.out.printf("DatabaseRestartTest: %s in the outage: %d in %d ms%n", what, response.statusCode(), took);
        response.then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:sangkien:problem:database-unavailable"))
                .body("status", equalTo(503))
                .body("title", equalTo("Cơ sở dữ liệu tạm thời không truy cập được"))
                .body("titleEn", equalTo("Database temporarily unavailable"));
        assertTrue(took < OUTAGE_ANSWER_MS, what + " took " + took + " ms in the outage");
    }

    /** Readiness's database check (the OIDC one is DOWN here: the test's WireMock does not answer its HEAD request). */
    private static void databaseCheck(String status) {
        given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo(status));
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
