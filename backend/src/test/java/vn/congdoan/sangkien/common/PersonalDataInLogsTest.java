package vn.congdoan.sangkien.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.text.SearchText;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.sangkien.common.Api.asAdmin;

/**
 * A database error on a dossier puts no author's name in the log — not the driver's message, Hibernate's, our
 * mappers', nor the embedded server's own log — while the caller still gets a plain problem. The database is made to
 * refuse one name (a rule our validation does not know), as it would refuse a row for a rule we forgot.
 */
@QuarkusTest
class PersonalDataInLogsTest {

    private static final String NAME = "Đặng Thị Riêng Tư";

    @Inject
    DataSource dataSource;

    @Test
    void aRowTheDatabaseRefusesIsA500WithoutTheAuthorsNameInTheLog() throws Exception {
        try (CapturedLog log = CapturedLog.start()) {
            withRule("alter table initiative_author add constraint log_test_refused_name check (full_name <> '" + NAME + "') not valid",
                    "alter table initiative_author drop constraint log_test_refused_name", () ->
                    asAdmin().contentType(ContentType.JSON).body(withAuthor("Bể lọc nước từ chối"))
                            .post("/api/v1/initiatives").then().statusCode(500).contentType("application/problem+json")
                            .body("type", equalTo("urn:sangkien:problem:internal")));
            log.awaitLine("log_test_refused_name"); // the error did reach the log, from PostgreSQL and from the backend
            log.assertNowhere(NAME);
        }
    }

    @Test
    void aUniqueKeyTakenIsA409WithoutTheKeysValueInTheLog() throws Exception {
        try (CapturedLog log = CapturedLog.start()) {
            withRule("create unique index log_test_one_name on initiative_author (full_name) where full_name = '" + NAME + "'",
                    "drop index log_test_one_name", () -> {
                        asAdmin().contentType(ContentType.JSON).body(withAuthor("Bể lọc nước lần một"))
                                .post("/api/v1/initiatives").then().statusCode(201);
                        asAdmin().contentType(ContentType.JSON).body(withAuthor("Bể lọc nước lần hai"))
                                .post("/api/v1/initiatives").then().statusCode(409).contentType("application/problem+json");
                    });
            log.awaitLine("log_test_one_name");
            log.assertNowhere(NAME);
        }
    }

    private static String withAuthor(String title) {
        return Fixtures.initiativeJson("LCH-PT", title, "2022-02-02").replace("Nguyễn Thị Hoa", NAME);
    }

    private void withRule(String add, String drop, Runnable body) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(add);
            try {
                body.run();
            } finally {
                s.execute(drop);
            }
        }
    }

    /** Every record the application logs while open, formatted as a log file would hold it, causes and all. */
    static final class CapturedLog extends ExtHandler implements AutoCloseable {

        private final List<String> lines = new CopyOnWriteArrayList<>();
        private final PatternFormatter format = new PatternFormatter("%p %c %s%e");

        static CapturedLog start() {
            CapturedLog handler = new CapturedLog();
            Logger.getLogger("").addHandler(handler);
            return handler;
        }

        @Override
        protected void doPublish(ExtLogRecord record) {
            lines.add(format.format(record));
        }

        /** The embedded server's output arrives on its own thread: waits for it. */
        void awaitLine(String text) throws InterruptedException {
            long deadline = System.currentTimeMillis() + 10_000;
            while (lines.stream().noneMatch(l -> l.contains(text)) && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(lines.stream().anyMatch(l -> l.contains(text)), "nothing logged about " + text + ": " + lines);
            Thread.sleep(500); // the rest of the server's lines on that error (DETAIL, STATEMENT) follow at once
        }

        /** Neither as written nor folded as the search index holds it: both are personal data. */
        void assertNowhere(String text) {
            for (String line : lines) {
                assertFalse(line.contains(text) || line.contains(SearchText.fold(text)), "personal data in the log: " + line);
            }
        }

        @Override
        public void close() {
            Logger.getLogger("").removeHandler(this);
        }
    }
}
