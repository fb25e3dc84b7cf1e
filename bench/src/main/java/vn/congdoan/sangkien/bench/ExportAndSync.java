package vn.congdoan.sangkien.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static vn.congdoan.sangkien.bench.Harness.log;
import static vn.congdoan.sangkien.bench.Harness.round1;

/**
 * The national confederation's pulls (issue 19): the whole register exported as NDJSON in one streamed answer (rows
 * per second, and the backend's heap sampled from /q/metrics meanwhile: its peak says whether the export holds rows
 * in memory), then 10,000 dossiers rewritten in the database (10 transactions of 1,000, a no-op update, so the data
 * stays as generated) and the incremental pull of the change feed from the export's sync token until caught up.
 */
final class ExportAndSync {

    private static final Pattern HEAP = Pattern.compile("^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*\\}\\s+(\\S+)", Pattern.MULTILINE);
    private static final Pattern MAX_HEAP = Pattern.compile("^jvm_memory_max_bytes\\{[^}]*area=\"heap\"[^}]*\\}\\s+(\\S+)", Pattern.MULTILINE);
    private static final int CHANGES = 10_000;
    private static final Path EXPORT_SQL = Path.of("backend/src/main/resources/vn/congdoan/sangkien/report/RegisterRepository/export.sql");

    private final HttpClient http;
    private final URI base;
    private final Supplier<String> token;
    private final int dbPort;
    private final ObjectMapper json = new ObjectMapper();

    ExportAndSync(HttpClient http, URI base, Supplier<String> token, int dbPort) {
        this.http = http;
        this.base = base;
        this.token = token;
        this.dbPort = dbPort;
    }

    ObjectNode measure(String program, String root) throws Exception {
        ObjectNode out = json.createObjectNode();
        double idleHeap = heapMb();
        AtomicLong peak = new AtomicLong(Math.round(idleHeap));
        AtomicBoolean exporting = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (exporting.get()) {
                try {
                    peak.accumulateAndGet(Math.round(heapMb()), Math::max);
                    Thread.sleep(500); // /q/metrics without a token counts against the anonymous rate limit
                } catch (Exception e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long rows = 0;
        long bytes = 0;
        long started = System.nanoTime();
        HttpResponse<InputStream> export = http.send(get("/api/v1/reports/initiatives/export?format=ndjson&program=" + program + "&root=" + root),
                HttpResponse.BodyHandlers.ofInputStream());
        if (export.statusCode() != 200) {
            throw new IllegalStateException("export answered " + export.statusCode());
        }
        try (InputStream body = export.body()) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = body.read(buffer)) > 0; ) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        rows++;
                    }
                }
            }
        } finally {
            exporting.set(false);
            sampler.join();
        }
        double exportSeconds = (System.nanoTime() - started) / 1e9;
        String since = export.headers().firstValue("Sangkien-Sync-Token").orElseThrow();
        out.put("export_rows", rows);
        out.put("export_mb", round1(bytes / 1e6));
        out.put("export_s", round1(exportSeconds));
        out.put("export_rows_per_s", Math.round(rows / exportSeconds));
        out.put("export_idle_heap_mb", Math.round(idleHeap));
        out.put("export_peak_heap_mb", peak.get());
        out.put("backend_max_heap_mb", Math.round(maxHeapMb()));
        log("export: %,d rows (%.0f MB NDJSON) in %.1f s = %,d rows/s; backend heap %d MB idle, %d MB at its peak",
                rows, bytes / 1e6, exportSeconds, Math.round(rows / exportSeconds), Math.round(idleHeap), peak.get());
        double copySeconds = copyOut(program, root);
        out.put("export_copy_out_s", round1(copySeconds));
        out.put("export_ratio_vs_copy_out", Math.round(copySeconds / exportSeconds * 1000) / 1000.0);
        log("PostgreSQL's own COPY (the export's query) TO STDOUT: %.1f s; the export's speed is %.2f of it",
                copySeconds, copySeconds / exportSeconds);

        try (Connection db = Db.connect(dbPort); Statement s = db.createStatement()) {
            for (int batch = 0; batch < CHANGES / 1_000; batch++) {
                s.executeUpdate("update initiative set updated_at = updated_at where id in "
                        + "(select id from initiative tablesample system (1) limit 1000)");
            }
        }
        long pulled = 0;
        int calls = 0;
        started = System.nanoTime();
        for (boolean more = true; more; calls++) {
            HttpResponse<String> page = http.send(get("/api/v1/reports/initiatives/changes?size=10000&program=" + program + "&root=" + root
                    + "&since=" + URLEncoder.encode(since, StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                throw new IllegalStateException("changes answered " + page.statusCode() + ": " + page.body());
            }
            JsonNode changes = json.readTree(page.body());
            pulled += changes.path("items").size() + changes.path("removed").size();
            since = changes.path("next").asText();
            more = changes.path("more").asBoolean();
        }
        double syncSeconds = (System.nanoTime() - started) / 1e9;
        out.put("sync_changes_written", CHANGES);
        out.put("sync_items_pulled", pulled);
        out.put("sync_calls", calls);
        out.put("sync_10k_changes_s", round1(syncSeconds));
        log("incremental pull after %,d changes: %,d items in %d calls, %.1f s", CHANGES, pulled, calls, syncSeconds);
        return out;
    }

    /**
     * The yardstick: PostgreSQL writing the same rows itself, {@code COPY (<the export's query>) TO STDOUT} through the
     * driver into nothing. The query is the backend's own file, its parameters written in.
     */
    private double copyOut(String program, String root) throws Exception {
        String query = Files.readAllLines(EXPORT_SQL).stream().filter(line -> !line.startsWith("--"))
                .collect(Collectors.joining("\n"))
                .replace(":program", "(select id from program where code = '" + program + "')")
                .replace(":rootPath", "(select path from unit where code = '" + root + "')")
                .replace(":from", "'0'");
        try (Connection db = Db.connect(dbPort)) {
            long started = System.nanoTime();
            db.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (" + query + ") to stdout", OutputStream.nullOutputStream());
            return (System.nanoTime() - started) / 1e9;
        }
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(30))
                .header("Authorization", "Bearer " + token.get()).build();
    }

    /** The backend's heap in use now (MB): the sum of its heap pools in /q/metrics. */
    private double heapMb() throws IOException, InterruptedException {
        return heapSum(HEAP);
    }

    /** The most heap the backend may take (MB), as its JVM was started. */
    private double maxHeapMb() throws IOException, InterruptedException {
        return heapSum(MAX_HEAP);
    }

    private double heapSum(Pattern metric) throws IOException, InterruptedException {
        String metrics = http.send(HttpRequest.newBuilder(base.resolve("/q/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = metric.matcher(metrics);
        double sum = 0;
        while (m.find()) {
            sum += Math.max(0, Double.parseDouble(m.group(1))); // a pool without a limit says -1
        }
        return sum / 1e6;
    }
}
