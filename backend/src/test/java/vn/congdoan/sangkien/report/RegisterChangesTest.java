package vn.congdoan.sangkien.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.common.Tokens;
import vn.congdoan.sangkien.examples.RegisterMirror;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import vn.congdoan.sangkien.security.Roles;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The register's change feed, as the national confederation's mirror uses it. */
@QuarkusTest
class RegisterChangesTest {

    private static final String CHANGES = "/api/v1/reports/initiatives/changes?program=1TRIEU-SK";

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URL base;

    /** The integrator's guide's example, pointed at this backend as the reporting client. */
    private RegisterMirror mirror(String root, int pageSize) {
        return new RegisterMirror(base.toString().replaceAll("/$", ""), "1TRIEU-SK", root, pageSize, RegisterChangesTest::reporter);
    }

    /** What a comparison needs: id → title | status | receipt number | updatedAt instant. */
    private static Map<Long, String> summary(RegisterMirror mirror) {
        Map<Long, String> summary = new TreeMap<>();
        mirror.rows.forEach((id, row) -> summary.put(id, row.path("title").asText() + "|" + row.path("status").asText() + "|"
                + (row.hasNonNull("receiptNumber") ? row.path("receiptNumber").asText() : null)
                + "|" + java.time.OffsetDateTime.parse(row.path("updatedAt").asText()).toInstant()));
        return summary;
    }

    @Test
    void aMirrorPulledWhileOthersWriteEqualsTheDatabase() throws Exception {
        String province = Fixtures.createUnit("T-SYNC", "LĐLĐ tỉnh Đồng bộ", "PROVINCIAL_FEDERATION", "TLD");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(Fixtures.createInitiative(province, "Sáng kiến đồng bộ " + i, "2022-02-0" + (1 + i % 9)));
        }
        RegisterMirror mirror = mirror(province, 5);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger writes = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(3);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            Random random = new Random(w);
            running.add(writers.submit(() -> {
                while (writing.get()) {
                    if (write(province, ids, random)) {
                        writes.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        try {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(6);
            while (System.nanoTime() < until) {
                mirror.catchUp();
            }
        } finally {
            writing.set(false);
            for (Future<?> writer : running) {
                writer.get();
            }
            writers.shutdown();
        }
        mirror.catchUp();

        assertTrue(writes.get() > 30, "the writers wrote while the mirror pulled: " + writes.get());
        assertEquals(database(province), summary(mirror), "mirror after " + mirror.calls + " calls and " + writes.get() + " writes");
        // Caught up and nothing written since: the next call answers nothing new.
        JsonPath quiet = Api.as(reporter()).get(CHANGES + "&root=" + province + "&since=" + mirror.since).then().statusCode(200).extract().jsonPath();
        assertEquals(0, quiet.getList("items").size() + quiet.getList("removed").size());
        assertFalse(quiet.getBoolean("more"));
    }

    /** A transaction that took its number before the reader's pass but commits after it is read on the next pass. */
    @Test
    void aWriterThatCommitsLateBehindTheReaderIsReadNextTime() throws Exception {
        String province = Fixtures.createUnit("T-LATE", "LĐLĐ tỉnh Chậm", "PROVINCIAL_FEDERATION", "TLD");
        long early = Fixtures.createInitiative(province, "Sáng kiến ghi sớm", "2022-02-01");
        long other = Fixtures.createInitiative(province, "Sáng kiến khác", "2022-02-01");
        RegisterMirror mirror = mirror(province, 1);
        mirror.catchUp();
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            try (Statement statement = slow.createStatement()) {
                statement.executeUpdate("update initiative set title = 'Sáng kiến ghi muộn', updated_at = now() where id = " + early);
            }
            update(province, other, "Sáng kiến khác, sửa sau", Fixtures.version(other));
            mirror.catchUp();
            assertEquals("Sáng kiến khác, sửa sau", mirror.rows.get(other).path("title").asText());
            assertEquals("Sáng kiến ghi sớm", mirror.rows.get(early).path("title").asText(), "not committed yet");
            slow.commit();
        }
        mirror.catchUp();
        assertEquals("Sáng kiến ghi muộn", mirror.rows.get(early).path("title").asText());
        assertEquals(database(province), summary(mirror));
    }

    @Test
    void aDeletedDraftComesAsATombstoneAndNoPersonalDataComesAtAll() throws Exception {
        String province = Fixtures.createUnit("T-TOMB", "LĐLĐ tỉnh Bia", "PROVINCIAL_FEDERATION", "TLD");
        long kept = Fixtures.createInitiative(province, "Sáng kiến giữ lại", "2022-02-01");
        long dropped = Fixtures.createInitiative(province, "Bản nháp bỏ đi", "2022-02-01");
        RegisterMirror mirror = mirror(province, 1);
        mirror.catchUp();
        assertEquals(2, mirror.rows.size());
        Api.asAdmin().delete("/api/v1/initiatives/" + dropped + "?version=0").then().statusCode(204);

        String body = Api.as(reporter()).get(CHANGES + "&root=" + province + "&since=" + mirror.since).then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty())
                .body("removed.id", hasItem(Long.toString(dropped)))
                .body("removed[0].kind", equalTo("INITIATIVE"))
                .body("removed[0].removedAt", org.hamcrest.Matchers.notNullValue())
                .extract().asString();
        mirror.catchUp();
        assertEquals(List.of(kept), List.copyOf(mirror.rows.keySet()));
        // A full pull from the start never shows the deleted one either, and never an author's name.
        String full = Api.as(reporter()).get(CHANGES + "&root=" + province).then().statusCode(200)
                .body("items.id", not(hasItem((int) dropped))).extract().asString();
        for (String text : List.of(body, full)) {
            org.hamcrest.MatcherAssert.assertThat(text, not(containsString("Nguyễn Thị Hoa")));
            org.hamcrest.MatcherAssert.assertThat(text, not(containsString("Lò Văn Minh")));
        }
    }

    @Test
    void theExportStreamsWhatTheFeedHoldsAsNdjsonAndCsvGzippedWhenAsked() throws Exception {
        String province = Fixtures.createUnit("T-EXP", "LĐLĐ tỉnh Xuất", "PROVINCIAL_FEDERATION", "TLD");
        long first = Fixtures.createInitiative(province, "Sáng kiến xuất một", "2022-02-01");
        long second = Fixtures.createInitiative(province, "=Sáng kiến, \\\"xuất\\\" hai", "2022-02-01");
        RegisterMirror feed = mirror(province, 1000);
        feed.catchUp();
        String export = "/api/v1/reports/initiatives/export?program=1TRIEU-SK&root=" + province;

        io.restassured.response.Response ndjson = Api.as(reporter()).header("Accept-Encoding", "gzip").get(export + "&format=ndjson");
        ndjson.then().statusCode(200).contentType(startsWith("application/x-ndjson")).header("Content-Encoding", "gzip")
                .header("Content-Disposition", containsString(".ndjson"));
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        Map<Long, String> exported = new TreeMap<>();
        for (String line : ndjson.asString().split("\n")) {
            com.fasterxml.jackson.databind.JsonNode row = json.readTree(line);
            exported.put(row.path("id").asLong(), row.toString());
        }
        Map<Long, String> fed = new TreeMap<>();
        feed.rows.forEach((id, row) -> fed.put(id, row.toString()));
        assertEquals(fed, exported, "the export's lines are the feed's items");

        // Since the header's token: only what changed, a deletion as a {"removed": …} line.
        String since = ndjson.header(ReportService.SYNC_TOKEN_HEADER);
        update(province, first, "Sáng kiến xuất một, sửa", Fixtures.version(first));
        long dropped = Fixtures.createInitiative(province, "Bản nháp xóa", "2022-02-01");
        Api.asAdmin().delete("/api/v1/initiatives/" + dropped + "?version=0").then().statusCode(204);
        String changed = Api.as(reporter()).get(export + "&format=ndjson&since=" + since).then().statusCode(200).extract().asString();
        List<String> lines = List.of(changed.split("\n"));
        assertEquals(2, lines.size(), changed);
        assertEquals("Sáng kiến xuất một, sửa", json.readTree(lines.get(0)).path("title").asText());
        assertEquals(Long.toString(dropped), json.readTree(lines.get(1)).path("removed").path("id").asText());

        // CSV by Accept: a header of the feed's field names, one row each, formulas neutralised.
        String csv = Api.as(reporter()).accept("text/csv").get(export).then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString();
        List<org.apache.commons.csv.CSVRecord> records = ReportResourceTest.parseCsv(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of("id", "receiptNumber", "title"), records.get(0).toList().subList(0, 3));
        assertEquals(3, records.size());
        assertTrue(records.stream().anyMatch(r -> r.get(0).equals(Long.toString(second)) && r.get(2).startsWith("'=")), csv);
    }

    @Test
    void theRegisterPagedByCursorIsNotShiftedByADossierTurningValidMeanwhile() {
        String province = Fixtures.createUnit("T-REGK", "LĐLĐ tỉnh Trang", "PROVINCIAL_FEDERATION", "TLD");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(Fixtures.createInitiative(province, "Sáng kiến trang " + i, "2022-02-01"));
        }
        String register = "/api/v1/reports/initiatives?program=1TRIEU-SK&period=GD1&status=DRAFT&size=2&root=" + province;
        List<Long> seen = new ArrayList<>();
        JsonPath page = Api.as(reporter()).get(register).then().statusCode(200).extract().jsonPath();
        seen.addAll(page.getList("items.id", Long.class));
        // The first dossier leaves the DRAFT register (submitted): by offset, page 1 would skip one of the others.
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("version", 0)).post("/api/v1/initiatives/" + ids.get(0) + "/submit")
                .then().statusCode(200);
        String cursor = page.getString("nextCursor");
        while (cursor != null) {
            // CSV carries the cursor in a header.
            io.restassured.response.Response csv = Api.as(reporter()).get(register + "&format=csv&cursor=" + cursor);
            csv.then().statusCode(200);
            page = Api.as(reporter()).get(register + "&cursor=" + cursor).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id", Long.class));
            cursor = page.getString("nextCursor");
            assertEquals(cursor, csv.header("X-Next-Cursor"));
        }
        assertEquals(ids, seen);
        Api.as(reporter()).get(register + "&cursor=c1.abc").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void aTokenNotOfOursIsA400NamingTheField() {
        for (String token : List.of("abc", "c1.bm90LWEtdG9rZW4", "c1.%%%")) {
            Api.as(reporter()).get(CHANGES + "&since=" + token).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("since")).body("errors[0].rule", equalTo("SyncToken"))
                    .body("errors[0].message", containsString("mã đồng bộ")).body("errors[0].messageEn", containsString("sync token"));
        }
        Api.as(reporter()).get(CHANGES + "&size=0").then().statusCode(400).body("errors[0].field", containsString("size"));
    }

    @Test
    void aDistrictOfficerMirrorsOnlyTheirSubtreeAndMembersNothing() {
        Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").get(CHANGES + "&root=LCH-PT").then().statusCode(200);
        Api.as("cb.phongtho", Roles.UNIT_OFFICER, "LCH-PT").get(CHANGES + "&root=LCH-SH").then().statusCode(404);
        Api.as("member.a", Roles.MEMBER, "LCH-PT").get(CHANGES + "&root=LCH-PT").then().statusCode(403);
        io.restassured.RestAssured.given().get(CHANGES).then().statusCode(401);
    }

    /** One random write by an officer: a new dossier, a new title, a submit, or deleting a draft. */
    private static boolean write(String province, List<Long> ids, Random random) {
        long id;
        synchronized (ids) {
            id = ids.get(random.nextInt(ids.size()));
        }
        JsonPath dossier = Api.asAdmin().get("/api/v1/initiatives/" + id).then().extract().jsonPath();
        if (dossier.get("version") == null) {
            return false; // deleted meanwhile
        }
        long version = dossier.getLong("version");
        boolean draft = "DRAFT".equals(dossier.getString("status"));
        int status = switch (random.nextInt(draft ? 4 : 2)) {
            case 0 -> {
                long created = Fixtures.createInitiative(province, "Sáng kiến mới " + random.nextInt(1000), "2022-03-01");
                synchronized (ids) {
                    ids.add(created);
                }
                yield 201;
            }
            case 1 -> update(province, id, "Sáng kiến sửa " + random.nextInt(1000), version);
            case 2 -> Api.asAdmin().contentType(ContentType.JSON).body(Map.of("version", version))
                    .post("/api/v1/initiatives/" + id + "/submit").statusCode();
            default -> Api.asAdmin().delete("/api/v1/initiatives/" + id + "?version=" + version).statusCode();
        };
        return status < 300;
    }

    private static int update(String province, long id, String title, long version) {
        String body = Fixtures.initiativeJson(province, title, "2022-02-02").replaceFirst("\\{", "{\"version\": " + version + ", ");
        return Api.asAdmin().contentType(ContentType.JSON).body(body).put("/api/v1/initiatives/" + id).statusCode();
    }

    /** The same summary as {@link #summary}, read from the tables themselves. */
    private Map<Long, String> database(String province) throws Exception {
        Map<Long, String> rows = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     select i.id, i.title, i.status, i.receipt_number, i.updated_at from initiative i join unit u on u.id = i.unit_id
                      where u.code = '%s'""".formatted(province))) {
            while (rs.next()) {
                rows.put(rs.getLong("id"), rs.getString("title") + "|" + rs.getString("status") + "|" + rs.getString("receipt_number")
                        + "|" + rs.getObject("updated_at", java.time.OffsetDateTime.class).toInstant());
            }
        }
        return new TreeMap<>(rows);
    }

    private static String reporter() {
        return Tokens.of("service-account-reporting", Roles.REPORTER, null);
    }
}
