package vn.congdoan.sangkien.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.HdrHistogram.Histogram;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import vn.congdoan.sangkien.common.text.SearchText;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measurements, against the running packaged backend (and its embedded PostgreSQL), at a fixed concurrency:
 * closed loop, each of C connections sends its next request when the previous one answered; the first W seconds warm
 * up (JIT, caches, connection pools) and are not counted; then D seconds are. Writes the results JSON itself.
 * <p>
 * Harness --base URL --token-file FILE --db-port PORT --concurrency C --jit-warmup J --warmup W --duration D --out FILE [--skip-import | --only-import | --only-sync] [--import-rounds R] [--submits N]
 * [--load-tool java] [--work-dir DIR]; the load comes from wrk when it is installed (see {@link WrkLoad}).
 */
public final class Harness {

    static final String PROGRAM = "1TRIEU-SK";
    static final String[] SEARCHES = {"nuoc sach", "sáng kiến tiết kiệm", "tiết kiệm điện năng", "phong chong dich",
            "chuyển đổi số", "xu ly nuoc thai"};
    static final int IMPORT_ROWS = 100_000;
    static final int IMPORT_WARMUP_ROWS = 20_000;

    private final Map<String, String> options;
    private final URI base;
    private final Path tokenFile;
    private final int dbPort;
    private final Path dataDir;
    private final int concurrency;
    private final int jitWarmup;
    private final int warmup;
    private final int duration;
    private final HttpClient http;
    /** Null: load from Java threads (wrk not installed, or --load-tool java). */
    private final WrkLoad wrk;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final ObjectNode results = json.createObjectNode();
    private final ObjectNode scenarios = json.createObjectNode();
    private String token;
    private long tokenReadAt;

    private Harness(Map<String, String> options) {
        this.options = options;
        this.base = URI.create(options.getOrDefault("base", "http://127.0.0.1:38080"));
        this.tokenFile = Path.of(options.getOrDefault("token-file", "bench/.data/token"));
        this.dbPort = Integer.parseInt(options.getOrDefault("db-port", "35432"));
        this.dataDir = Path.of(options.getOrDefault("data-dir", "bench/.data/postgres"));
        this.concurrency = Integer.parseInt(options.getOrDefault("concurrency", "8"));
        this.jitWarmup = Integer.parseInt(options.getOrDefault("jit-warmup", "20"));
        this.warmup = Integer.parseInt(options.getOrDefault("warmup", "15"));
        this.duration = Integer.parseInt(options.getOrDefault("duration", "30"));
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        boolean java = "java".equals(options.get("load-tool"));
        this.wrk = !java && WrkLoad.available() ? new WrkLoad(Path.of(options.getOrDefault("work-dir", "bench/.data/wrk"))) : null;
    }

    public static void main(String[] args) throws Exception {
        new Harness(Generate.options(args)).run();
    }

    static void log(String format, Object... args) {
        System.out.printf("[harness] " + format + "%n", args);
        System.out.flush();
    }

    /** The token file is rewritten by the driver every minute (access tokens live 300 s): read it again now and then. */
    private synchronized String token() {
        if (token == null || System.nanoTime() - tokenReadAt > 20e9) {
            try {
                token = Files.readString(tokenFile).trim();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the token file " + tokenFile, e);
            }
            tokenReadAt = System.nanoTime();
        }
        return token;
    }

    private void run() throws Exception {
        Db.usePasswordOf(dataDir);
        Path out = Path.of(options.getOrDefault("out", "bench/results.json"));
        List<String> provinces = new ArrayList<>();
        List<String> grassroots = new ArrayList<>();
        long minId;
        long maxId;
        try (Connection db = Db.connect(dbPort); Statement s = db.createStatement()) {
            results.put("initiatives", single(s, "select count(*) from initiative"));
            results.put("units", single(s, "select count(*) from unit"));
            results.put("quotas", single(s, "select count(*) from quota"));
            try (ResultSet r = s.executeQuery("select scale, max_initiative_id, seconds from bench_dataset")) {
                r.next();
                results.put("scale", r.getDouble(1));
                maxId = r.getLong(2);
                results.put("dataset_generation_s", Math.round(r.getDouble(3)));
            }
            minId = single(s, "select min(id) from initiative");
            try (ResultSet r = s.executeQuery("select code from unit where depth = 1 and type = 'PROVINCIAL_FEDERATION'"
                    + " and code <> 'LCH' order by code")) {
                while (r.next()) {
                    provinces.add(r.getString(1));
                }
            }
            // the import file of one federation (Hà Nội, the largest): what a province sends; a file naming more than
            // 65,535 distinct units failed in the first build measured (unit look-up as one IN list of parameters)
            try (ResultSet r = s.executeQuery("select code from unit where type = 'GRASSROOTS' and path like"
                    + " (select path from unit where code = 'HNI') || '%' order by id")) {
                while (r.next()) {
                    grassroots.add(r.getString(1));
                }
            }
            results.put("progress_counters_present", single(s, "select count(*) from pg_proc where proname = 'progress_counter_rebuild'") > 0);
        }
        results.put("load_tool", wrk == null ? "java.net.http client threads" : "wrk (Debian package), 2 threads");
        results.put("concurrency", concurrency);
        results.put("jit_warmup_s", jitWarmup);
        results.put("warmup_s", warmup);
        results.put("duration_s", duration);
        results.put("cores", Runtime.getRuntime().availableProcessors());
        if (options.containsKey("driver-steps")) {
            results.set("driver_steps_s", json.readTree(options.get("driver-steps")));
        }
        log("%d initiatives, %d units; concurrency %d, warm-up %d s, measured %d s per scenario",
                results.get("initiatives").asLong(), results.get("units").asLong(), concurrency, warmup, duration);

        check("/q/health/ready", false);
        check("/api/v1/programs/" + PROGRAM + "/progress?period=GD2&root=TLD&depth=1", true);

        String progress = "/api/v1/programs/" + PROGRAM + "/progress?period=GD2&depth=1&root=";
        Function<Integer, String> nationalPath = i -> progress + "TLD";
        Function<Integer, String> provincePath = i -> progress + provinces.get(i % provinces.size());
        Function<Integer, String> searchPath = i -> "/api/v1/initiatives?q=" + enc(SEARCHES[i % SEARCHES.length])
                + "&program=" + PROGRAM + "&status=VALID&unit=" + provinces.get((i / SEARCHES.length) % provinces.size())
                + "&page=0&size=20";
        Function<Integer, String> byIdPath = i -> "/api/v1/initiatives/" + ThreadLocalRandom.current().nextLong(minId, maxId + 1);
        boolean onlySync = options.containsKey("only-sync");
        if (options.containsKey("only-import") || onlySync) {
            log("--only-import or --only-sync: the request scenarios and pgbench are left out");
        } else {
            scenarios(nationalPath, provincePath, searchPath, byIdPath, progress);
            phaseEnd(provinces);
        }
        if (!options.containsKey("only-import")) {
            ObjectNode sync = new ExportAndSync(http, base, this::token, dbPort).measure(PROGRAM, "TLD");
            scenarios.set("export_and_sync", sync);
            for (String key : List.of("export_rows_per_s", "export_ratio_vs_copy_out", "export_peak_heap_mb", "sync_10k_changes_s")) {
                results.set(key, sync.get(key));
            }
        }

        int submits = Integer.parseInt(options.getOrDefault("submits", "0"));
        if (submits > 0) {
            submitLatency(grassroots.get(0), submits);
        }
        if (options.containsKey("skip-import") || onlySync) {
            results.putNull("import_rows_per_s");
            results.put("import_note", "skipped (--skip-import)");
        } else {
            importRows(grassroots);
        }
        results.set("scenarios", scenarios);
        if (onlySync && Files.exists(out)) {
            // A partial run adds its figures to the last full run's file, saying when and how they were measured.
            ObjectNode full = (ObjectNode) json.readTree(out.toFile());
            for (String key : List.of("export_rows_per_s", "export_ratio_vs_copy_out", "export_peak_heap_mb", "sync_10k_changes_s")) {
                full.set(key, results.get(key));
            }
            full.put("export_and_sync_measured_at", OffsetDateTime.now().toString());
            full.put("export_and_sync_command", "bench/run.sh --only-sync (the other figures: the full run finished at "
                    + full.path("finished_at").asText() + ")");
            ((ObjectNode) full.path("scenarios")).set("export_and_sync", scenarios.get("export_and_sync"));
            results.removeAll();
            results.setAll(full);
        } else {
            targets();
            results.put("finished_at", OffsetDateTime.now().toString());
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        json.writeValue(out.toFile(), results);
        log("results written to %s", out);
        System.out.println(json.writeValueAsString(results));
    }

    /**
     * The end of a phase, when every province prints its interim review (sơ kết) and ranks its districts: the review as
     * of a past day of GD2 (rebuilt from the event log: V32), one officer at a time, and the rankings under load.
     */
    private void phaseEnd(List<String> provinces) throws Exception {
        String programme = "/api/v1/programs/" + PROGRAM;
        Stats review = load("province_review_as_of_1_client", i -> programme + "/review?period=GD2&asOf=2023-03-31&root="
                + provinces.get(i % provinces.size()), 1, 5, 20);
        Stats ranking = load("province_ranking", i -> programme + "/rankings?period=GD2&root=" + provinces.get(i % provinces.size()));
        results.put("province_review_as_of_1_client_p50_ms", review.p50);
        results.put("province_review_as_of_1_client_p95_ms", review.p95);
        results.put("province_ranking_p50_ms", ranking.p50);
        results.put("province_ranking_p95_ms", ranking.p95);
    }

    private void scenarios(Function<Integer, String> nationalPath, Function<Integer, String> provincePath,
                           Function<Integer, String> searchPath, Function<Integer, String> byIdPath, String progress)
            throws Exception {
        // A JVM just started compiles for minutes (the C2 compiler took one of the 2 cores for about two minutes):
        // every scenario once before any is measured, so that each is measured on a warm server, as a long-running
        // one is. Recorded as jit_warmup_* scenarios, to show what a cold start costs.
        if (jitWarmup > 0) {
            Map<String, Function<Integer, String>> all = new java.util.LinkedHashMap<>();
            all.put("national_progress", nationalPath);
            all.put("province_progress", provincePath);
            all.put("search", searchPath);
            all.put("get_by_id", byIdPath);
            for (Map.Entry<String, Function<Integer, String>> scenario : all.entrySet()) {
                load("jit_warmup_" + scenario.getKey(), scenario.getValue(), concurrency, 1, Math.max(1, jitWarmup - 1));
            }
        }
        Stats national = load("national_progress", nationalPath);
        Stats province = load("province_progress", provincePath);
        Stats laiChau = load("lai_chau_progress", i -> progress + "LCH");
        Stats search = load("search", searchPath);
        Stats byId = load("get_by_id", byIdPath);
        Double pgbench = pgbench();
        // the same with one client: the service time without queueing (2 cores, 8 clients: about 4 in line per core)
        Stats national1 = load("national_progress_1_client", nationalPath, 1, 5, 10);
        Stats province1 = load("province_progress_1_client", provincePath, 1, 5, 10);
        Stats search1 = load("search_1_client", searchPath, 1, 5, 10);
        results.put("national_progress_1_client_p50_ms", national1.p50);
        results.put("province_progress_1_client_p50_ms", province1.p50);
        results.put("search_1_client_p50_ms", search1.p50);

        results.put("national_progress_p50_ms", national.p50);
        results.put("national_progress_p95_ms", national.p95);
        results.put("province_progress_p50_ms", province.p50);
        results.put("province_progress_p95_ms", province.p95);
        results.put("lai_chau_progress_p50_ms", laiChau.p50);
        results.put("lai_chau_progress_p95_ms", laiChau.p95);
        results.put("search_p50_ms", search.p50);
        results.put("search_p95_ms", search.p95);
        results.put("get_by_id_rps", round1(byId.rps));
        results.put("get_by_id_p50_ms", byId.p50);
        results.put("get_by_id_p95_ms", byId.p95);
        results.put("pgbench_select_tps", pgbench == null ? null : round1(pgbench));
        results.put("get_by_id_ratio_vs_pgbench", pgbench == null ? null
                : new java.math.BigDecimal(byId.rps / pgbench).round(new java.math.MathContext(3)).doubleValue());

    }

    // ---------------------------------------------------------------- load

    record Stats(long requests, long errors, double rps, double p50, double p95, double p99, double max, double seconds) {
    }

    /**
     * C threads in a closed loop; the i-th request of the run gets path(i). Warm-up: every thread sends requests for
     * W seconds and at least one; when all are done the measured window opens for D seconds, and every request started
     * in it is counted when it answers (so a scenario slower than the window still yields C samples). Only 200 counts.
     */
    private Stats load(String name, Function<Integer, String> path) throws InterruptedException {
        return load(name, path, concurrency, warmup, duration);
    }

    private Stats load(String name, Function<Integer, String> path, int concurrency, int warmup, int duration)
            throws InterruptedException {
        log("%s: e.g. %s (concurrency %d, %s)", name, path.apply(0), concurrency, wrk == null ? "Java client" : "wrk");
        AtomicReference<String> firstError = new AtomicReference<>();
        Stats stats;
        if (wrk != null) {
            try {
                WrkLoad.Result r = wrk.run(base.toString(), token(), path, concurrency, warmup, duration);
                stats = new Stats(r.requests() - r.errors(), r.errors(), (r.requests() - r.errors()) / r.seconds(),
                        ms(r.p50Us()), ms(r.p95Us()), ms(r.p99Us()), ms(r.maxUs()), r.seconds());
                if (r.errors() > 0) {
                    firstError.set(r.errors() + " answers other than 2xx/3xx or socket errors (wrk counts them in its percentiles)");
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        } else {
            stats = javaLoad(name, path, concurrency, warmup, duration, firstError);
        }
        double seconds = stats.seconds;
        ObjectNode node = scenarios.putObject(name);
        node.put("example", path.apply(0));
        node.put("concurrency", concurrency);
        node.put("requests", stats.requests);
        node.put("errors", stats.errors);
        node.put("window_s", round1(seconds));
        node.put("rps", round1(stats.rps));
        node.put("p50_ms", stats.p50);
        node.put("p95_ms", stats.p95);
        node.put("p99_ms", stats.p99);
        node.put("max_ms", stats.max);
        if (firstError.get() != null) {
            node.put("first_error", firstError.get());
        }
        log("%s: %d ok, %d errors in %.1f s, %.1f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%s", name,
                stats.requests, stats.errors, seconds, stats.rps, stats.p50, stats.p95, stats.p99, stats.max,
                firstError.get() == null ? "" : "; first error: " + firstError.get());
        return stats;
    }

    /** C Java threads in a closed loop (when wrk is not installed). */
    private Stats javaLoad(String name, Function<Integer, String> path, int concurrency, int warmup, int duration,
                           AtomicReference<String> firstError) throws InterruptedException {
        Histogram histogram = new Histogram(3_600_000_000L, 3);
        AtomicLong counter = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong measured = new AtomicLong();
        AtomicLong lastEnd = new AtomicLong();
        AtomicLong[] window = {new AtomicLong()};
        long warmEnd = System.nanoTime() + warmup * 1_000_000_000L;
        java.util.concurrent.CyclicBarrier ready = new java.util.concurrent.CyclicBarrier(concurrency,
                () -> window[0].set(System.nanoTime()));
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            Thread thread = new Thread(() -> {
                try {
                    do {
                        String error = send(path.apply((int) counter.getAndIncrement()));
                        if (error != null) {
                            firstError.compareAndSet(null, "warm-up: " + error);
                        }
                    } while (System.nanoTime() < warmEnd);
                    ready.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                long measureTo = window[0].get() + duration * 1_000_000_000L;
                while (true) {
                    long begin = System.nanoTime();
                    if (begin >= measureTo) {
                        return;
                    }
                    String error = send(path.apply((int) counter.getAndIncrement()));
                    long end = System.nanoTime();
                    lastEnd.accumulateAndGet(end, Math::max);
                    if (error == null) {
                        synchronized (histogram) {
                            histogram.recordValue((end - begin) / 1000);
                        }
                        measured.incrementAndGet();
                    } else {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, error);
                    }
                }
            }, name + "-" + t);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (lastEnd.get() - window[0].get()) / 1e9;
        return new Stats(measured.get(), errors.get(), measured.get() / seconds,
                ms(histogram.getValueAtPercentile(50)), ms(histogram.getValueAtPercentile(95)),
                ms(histogram.getValueAtPercentile(99)), ms(histogram.getMaxValue()), seconds);
    }

    /** One GET; null when it answered 200, else what went wrong. */
    private String send(String path) {
        try {
            HttpResponse<String> response = http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return null;
            }
            return response.statusCode() + " " + abbreviate(response.body());
        } catch (Exception e) {
            return e.toString();
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(3))
                .header("Authorization", "Bearer " + token()).header("Accept", "application/json");
    }

    private void check(String path, boolean authorised) throws Exception {
        HttpRequest.Builder request = authorised ? request(path) : HttpRequest.newBuilder(base.resolve(path));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    /**
     * --submits N: N drafts submitted by the harness's clients (SubmitLatency), and pgbench -S in the same run as the
     * machine's yardstick when the request scenarios (which run it) are left out.
     */
    private void submitLatency(String unitCode, int count) throws Exception {
        ObjectNode submit = new SubmitLatency(http, base, this::token).measure(unitCode, count, concurrency);
        scenarios.set("submit", submit);
        results.put("submit_p50_ms", submit.path("p50_ms").asDouble());
        results.put("submit_p95_ms", submit.path("p95_ms").asDouble());
        if (options.containsKey("only-import")) {
            Double pgbench = pgbench();
            results.put("pgbench_select_tps", pgbench == null ? null : round1(pgbench));
        }
        log("submit: p50 %.1f ms, p95 %.1f ms over %d", submit.path("p50_ms").asDouble(), submit.path("p95_ms").asDouble(),
                submit.path("measured").asInt());
    }

    // ---------------------------------------------------------------- pgbench

    /** pgbench -S (select-only) on a database of its own in the same server, same concurrency and duration. */
    private Double pgbench() throws Exception {
        String binary = options.getOrDefault("pgbench", "pgbench");
        try (Connection db = Db.connect(dbPort); Statement s = db.createStatement()) {
            s.execute("drop database if exists bench_pgbench");
            s.execute("create database bench_pgbench");
        }
        List<String> connection = List.of("-h", "127.0.0.1", "-p", Integer.toString(dbPort), "-U", "postgres");
        List<String> init = new ArrayList<>(List.of(binary, "-i", "-q", "-s", "10"));
        init.addAll(connection);
        init.add("bench_pgbench");
        exec(init);
        int threads = Math.min(concurrency, Runtime.getRuntime().availableProcessors());
        List<String> warm = new ArrayList<>(List.of(binary, "-S", "-c", Integer.toString(concurrency), "-j",
                Integer.toString(threads), "-T", Integer.toString(Math.max(5, warmup / 2))));
        warm.addAll(connection);
        warm.add("bench_pgbench");
        exec(warm);
        List<String> measure = new ArrayList<>(List.of(binary, "-S", "-c", Integer.toString(concurrency), "-j",
                Integer.toString(threads), "-T", Integer.toString(duration)));
        measure.addAll(connection);
        measure.add("bench_pgbench");
        String output = exec(measure);
        Matcher tps = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(output);
        try (Connection db = Db.connect(dbPort); Statement s = db.createStatement()) {
            s.execute("drop database if exists bench_pgbench");
        }
        if (!tps.find()) {
            log("pgbench printed no tps: %s", output);
            return null;
        }
        double value = Double.parseDouble(tps.group(1));
        ObjectNode node = scenarios.putObject("pgbench_select");
        node.put("command", String.join(" ", measure));
        node.put("tps", round1(value));
        Matcher latency = Pattern.compile("latency average = ([0-9.]+) ms").matcher(output);
        if (latency.find()) {
            node.put("latency_avg_ms", Double.parseDouble(latency.group(1)));
        }
        log("pgbench -S: %.1f tps", value);
        return value;
    }

    private static String exec(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", Db.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    // ---------------------------------------------------------------- import

    /**
     * POST /api/v1/imports/initiatives with a CSV of 100,000 rows (after a 20,000-row warm-up file), all or nothing;
     * beside it, PostgreSQL's own COPY of the same rows ({@link #copyBaseline}) just before and just after. With
     * --import-rounds R, R files one after the other, and the medians.
     */
    private void importRows(List<String> grassroots) throws Exception {
        String path = "/api/v1/imports/initiatives?program=" + PROGRAM + "&mode=ALL_OR_NOTHING";
        String nonce = Long.toString(System.currentTimeMillis(), 36);
        int rounds = Integer.parseInt(options.getOrDefault("import-rounds", "1"));
        results.put("import_rows", IMPORT_ROWS);
        // 20,000 rows: enough for the JIT to compile the per-row checks (a 1,000-row file left the first measured
        // import waiting seconds for rows still being checked by interpreted and C1 code).
        HttpResponse<String> warm = postCsv(path, csv(fileRows(grassroots, IMPORT_WARMUP_ROWS, "khởi động " + nonce, 7)));
        if (warm.statusCode() == 404 || warm.statusCode() == 405) {
            log("import: %s answered %d: the endpoint is not there yet", path, warm.statusCode());
            results.putNull("import_rows_per_s");
            results.putNull("import_seconds");
            results.put("import_note", "POST " + path + " answered " + warm.statusCode() + ": endpoint not available in this build");
            return;
        }
        if (warm.statusCode() != 200) {
            log("import warm-up answered %d: %s", warm.statusCode(), abbreviate(warm.body()));
        }
        ObjectNode copy = scenarios.putObject("import_copy");
        copy.put("what", "PostgreSQL's own COPY of the same " + IMPORT_ROWS + " rows (the import's three COPY statements,"
                + " with their authors and events, same tables, indexes and triggers), in a transaction rolled back, once"
                + " just before and once just after each import; a round's ratio is the mean of the two COPY times over"
                + " the import's time");
        com.fasterxml.jackson.databind.node.ArrayNode perRound = copy.putArray("rounds");
        List<Double> importSeconds = new ArrayList<>();
        List<Double> copySeconds = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        boolean allSame = true;
        for (int round = 1; round <= rounds; round++) {
            List<FileRow> rows = fileRows(grassroots, IMPORT_ROWS, "đợt " + nonce + "-" + round, 10 + round);
            byte[] file = csv(rows);
            Copied before = copyBaseline(rows, "before");
            settle();
            long begin = System.nanoTime();
            HttpResponse<String> response = postCsv(path, file);
            double seconds = (System.nanoTime() - begin) / 1e9;
            Copied after = copyBaseline(rows, "after");
            ObjectNode node = scenarios.putObject(rounds == 1 ? "import" : "import_" + round);
            node.put("request", "POST " + path + " (text/csv, " + IMPORT_ROWS + " rows, " + file.length + " bytes, "
                    + grassroots.size() + " grassroots units of HNI)");
            node.put("status", response.statusCode());
            node.put("seconds", round2(seconds));
            log("import: %d in %.2f s -> %s", response.statusCode(), seconds, abbreviate(response.body()));
            long imported = -1;
            if (response.statusCode() == 200) {
                JsonNode body = json.readTree(response.body());
                imported = body.path("imported").asLong(-1);
                node.set("response", body.size() > 20 ? json.createObjectNode().put("imported", imported) : body);
                // The baseline before the import numbered its receipts as the import then did: both wrote the same.
                try (Connection db = Db.connect(dbPort)) {
                    boolean same = digest(db, body.path("batchId").asLong()).equals(before.digest());
                    node.put("same_rows_as_copy", same);
                    allSame &= same;
                }
            } else {
                node.put("response", abbreviate(response.body()));
            }
            if (response.statusCode() != 200 || imported != IMPORT_ROWS) {
                results.putNull("import_rows_per_s");
                results.putNull("import_ratio_vs_copy");
                results.put("import_note", "answered " + response.statusCode() + " with imported=" + imported + ": " + abbreviate(response.body()));
                return;
            }
            double copied = (before.seconds() + after.seconds()) / 2;
            importSeconds.add(seconds);
            copySeconds.add(copied);
            ratios.add(copied / seconds);
            perRound.addObject().put("import_s", round2(seconds)).put("copy_before_s", round2(before.seconds()))
                    .put("copy_after_s", round2(after.seconds())).put("ratio", round3(copied / seconds));
            log("round %d: COPY of the same rows %.2f s before, %.2f s after; import %.2f s: ratio %.3f", round,
                    before.seconds(), after.seconds(), seconds, copied / seconds);
        }
        results.put("import_seconds", round2(median(importSeconds)));
        results.put("import_rows_per_s", Math.round(IMPORT_ROWS / median(importSeconds)));
        results.put("import_copy_seconds", round2(median(copySeconds)));
        results.put("import_copy_rows_per_s", Math.round(IMPORT_ROWS / median(copySeconds)));
        results.put("import_ratio_vs_copy", round3(median(ratios)));
        results.put("import_rounds", rounds);
        results.put("import_same_rows_as_copy", allSame);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double round3(double value) {
        return new java.math.BigDecimal(value).round(new java.math.MathContext(3)).doubleValue();
    }

    private HttpResponse<String> postCsv(String path, byte[] file) throws Exception {
        return http.send(request(path).timeout(Duration.ofMinutes(10)).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** One row of the import file as the file states it. */
    record FileRow(String unitCode, String title, String summary, String solutionType, String field, LocalDate applied,
                   String status, List<String> names, List<Integer> shares, Long value) {
    }

    static List<FileRow> fileRows(List<String> units, int rows, String batch, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] statuses = {"DRAFT", "SUBMITTED", "RECOGNISED", "VALID", "VALID"};
        LocalDate from = LocalDate.of(2021, 9, 1);
        List<FileRow> out = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            String first = Vocabulary.personName(random);
            List<String> names = random.nextBoolean() ? List.of(first) : List.of(first, Vocabulary.personNameOtherThan(random, first));
            List<Integer> shares = names.size() == 1 ? List.of(100) : List.of(60, 40);
            String unit = units.get(random.nextInt(units.size()));
            String title = Vocabulary.title(random) + " (" + batch + " số " + (i + 1) + ")";
            String summary = Vocabulary.summary(random);
            String solutionType = Vocabulary.pick(random, Generate.SOLUTION_TYPES);
            String field = Vocabulary.pick(random, Generate.FIELDS);
            LocalDate applied = from.plusDays(random.nextInt(730));
            String status = Vocabulary.pick(random, statuses);
            Long value = random.nextBoolean() ? 1_000_000L * (1 + random.nextInt(300)) : null;
            out.add(new FileRow(unit, title, summary, solutionType, field, applied, status, names, shares, value));
        }
        return out;
    }

    /** The documented template: Mã đơn vị,Tên sáng kiến,Tóm tắt,Loại giải pháp,Lĩnh vực,Ngày áp dụng lần đầu,Trạng thái,Tác giả,Giá trị làm lợi (đồng) */
    static byte[] csv(List<FileRow> rows) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        StringBuilder out = new StringBuilder(rows.size() * 260);
        out.append("Mã đơn vị,Tên sáng kiến,Tóm tắt,Loại giải pháp,Lĩnh vực,Ngày áp dụng lần đầu,Trạng thái,Tác giả,Giá trị làm lợi (đồng)\r\n");
        for (FileRow r : rows) {
            StringBuilder authors = new StringBuilder();
            for (int a = 0; a < r.names().size(); a++) {
                authors.append(a > 0 ? "; " : "").append(r.names().get(a)).append(':').append(r.shares().get(a));
            }
            out.append(r.unitCode()).append(',').append(r.title()).append(',')
                    .append('"').append(r.summary().replace("\"", "\"\"")).append("\",")
                    .append(r.solutionType()).append(',').append(r.field()).append(',')
                    .append(r.applied().format(day)).append(',').append(r.status()).append(',')
                    .append(authors).append(',').append(r.value() == null ? "" : Long.toString(r.value()))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    record Copied(double seconds, String digest) {
    }

    /**
     * PostgreSQL's own speed for the import's work: the same rows, already as COPY text in memory (no parsing, no
     * checks), through the import's own three COPY statements into the same tables with every index, foreign key and
     * trigger, the same search-index setting and merge at the end. Ids, receipt numbers (from the same counters) and
     * the batch row are prepared first in the same transaction, untimed; the transaction is then rolled back, so the
     * table the import meets is the same apart from dead tuples (which is why one COPY runs before and one after).
     */
    private Copied copyBaseline(List<FileRow> rows, String label) throws Exception {
        int n = rows.size();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")); // the import's day is Hanoi's
        int year = today.getYear();
        String now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS).toString();
        try (Connection db = Db.connect(dbPort)) {
            db.setAutoCommit(false);
            long programId;
            long batch;
            Map<String, long[]> units = new java.util.HashMap<>();
            Map<Long, String> paths = new java.util.HashMap<>();
            Map<Long, Integer> last = new java.util.HashMap<>();
            long[] ids = new long[n];
            long[] eventIds = new long[n];
            int authorCount = rows.stream().mapToInt(r -> r.names().size()).sum();
            long[] authorIds = new long[authorCount];
            try (Statement s = db.createStatement()) {
                programId = single(s, "select id from program where code = '" + PROGRAM + "'");
                batch = single(s, "insert into import_batch (id, program_id, sha256, file_format, mode, imported_by, imported_at,"
                        + " row_count, imported, rejected_rows) values (nextval('import_batch_seq'), " + programId + ", 'bench-copy-"
                        + System.nanoTime() + "', 'CSV', 'ALL_OR_NOTHING', 'bench', now(), " + n + ", " + n + ", '[]') returning id");
                String codes = rows.stream().map(FileRow::unitCode).distinct().map(c -> "'" + c + "'")
                        .collect(java.util.stream.Collectors.joining(","));
                try (ResultSet r = s.executeQuery("select id, code, path from unit where code in (" + codes + ")")) {
                    while (r.next()) {
                        units.put(r.getString("code"), new long[]{r.getLong("id")});
                        paths.put(r.getLong("id"), r.getString("path"));
                    }
                }
                try (ResultSet r = s.executeQuery("select unit_id, last from receipt_counter where year = " + year)) {
                    while (r.next()) {
                        last.put(r.getLong("unit_id"), r.getInt("last"));
                    }
                }
                try (ResultSet r = s.executeQuery("select nextval('initiative_seq') as id, nextval('initiative_event_seq') as event_id"
                        + " from generate_series(1, " + n + ")")) {
                    for (int i = 0; r.next(); i++) {
                        ids[i] = r.getLong("id");
                        eventIds[i] = r.getLong("event_id");
                    }
                }
                try (ResultSet r = s.executeQuery("select nextval('initiative_author_seq') as id from generate_series(1, " + authorCount + ")")) {
                    for (int i = 0; r.next(); i++) {
                        authorIds[i] = r.getLong("id");
                    }
                }
            }
            String reason = "Nhập từ tệp, lô " + batch;
            Generate.Text initiatives = new Generate.Text();
            Generate.Text authors = new Generate.Text();
            Generate.Text events = new Generate.Text();
            int author = 0;
            for (int i = 0; i < n; i++) {
                FileRow row = rows.get(i);
                long unit = units.get(row.unitCode())[0];
                String receipt = null;
                if (!row.status().equals("DRAFT")) {
                    int number = last.merge(unit, 1, Integer::sum);
                    receipt = "SK-%s-%d-%04d".formatted(row.unitCode(), year, number);
                }
                for (int a = 0; a < row.names().size(); a++) {
                    authors.col(authorIds[author++]).col(ids[i]).col(a).col(row.names().get(a)).col(row.shares().get(a)).col("t").row();
                }
                String path = paths.get(unit);
                initiatives.col(ids[i]).col(programId).col(unit).col(row.title()).col(row.summary()).col(row.solutionType())
                        .col(row.field()).col(row.applied()).col(row.status())
                        .col(SearchText.fold(row.title(), row.summary(), String.join(" ", row.names())))
                        .col(SearchText.fold(row.title())).col(now).col(now).col(0).col("admin.demo").col(row.applied())
                        .colOrNull(receipt).colOrNull(receipt == null ? null : today).colOrNull(row.value())
                        .col(batch).col("{" + path.substring(1, path.length() - 1).replace('/', ',') + "}")
                        // The row's natural key (V21), as the import stores one: the same index to keep, but a key of
                        // its own, since the COPY after the import writes the same rows again (rolled back).
                        .col(java.util.UUID.randomUUID().toString()).row();
                events.col(eventIds[i]).col(ids[i]).colOrNull(null).col(row.status()).col("admin.demo").col(now).col(reason)
                        .col(programId).col(unit).col(row.applied()).colOrNull(row.value())
                        .col(row.solutionType()).col(row.field()).row(); // the columns of copy-events.sql, in its order
            }
            byte[][] texts = {initiatives.bytes(), authors.bytes(), events.bytes()};
            String[] statements = {sql("copy-initiatives"), sql("copy-authors"), sql("copy-events")};
            CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
            db.commit(); // the batch row, so that settle() may vacuum; deleted below
            settle();
            long begin = System.nanoTime();
            try (Statement s = db.createStatement()) {
                s.execute("set local gin_pending_list_limit = '64MB'");
                for (int t = 0; t < texts.length; t++) {
                    CopyIn in = copy.copyIn(statements[t]);
                    for (int from = 0; from < texts[t].length; from += 1 << 20) {
                        in.writeToCopy(texts[t], from, Math.min(1 << 20, texts[t].length - from));
                    }
                    in.endCopy();
                }
                s.execute("select gin_clean_pending_list('initiative_search_words_idx'::regclass)");
            }
            double seconds = (System.nanoTime() - begin) / 1e9;
            String digest = digest(db, batch);
            db.rollback();
            try (Statement s = db.createStatement()) {
                s.execute("delete from import_batch where id = " + batch);
            }
            db.commit();
            log("COPY of the same %d rows (%s the import): %.2f s, %.0f rows/s", n, label, seconds, n / seconds);
            return new Copied(seconds, digest);
        }
    }

    /**
     * Each timed operation starts from the same state: the dead rows a rolled-back COPY left are vacuumed (or the next
     * one would meet them in every index, and autovacuum would run at a random moment), and a checkpoint makes each
     * write its own full-page images of the pages it touches first (otherwise the first after a checkpoint pays them
     * for the ones after it). Untimed.
     */
    private void settle() throws SQLException {
        long begin = System.nanoTime();
        try (Connection db = Db.connect(dbPort); Statement s = db.createStatement()) {
            s.execute("vacuum (analyze) initiative, initiative_author, initiative_event, import_batch, receipt_counter");
            s.execute("checkpoint");
        }
        log("vacuum and checkpoint: %.1f s", (System.nanoTime() - begin) / 1e9);
    }

    /** The import's COPY statement, as the backend has it (bench/pom.xml copies them from its resources). */
    private static String sql(String name) throws IOException {
        try (var in = Harness.class.getResourceAsStream("/vn/congdoan/sangkien/initiative/importing/ImportRepository/" + name + ".sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.strip().startsWith("--")).collect(java.util.stream.Collectors.joining("\n"));
        }
    }

    /** What a batch wrote, ids, times and the batch's own number aside: the rows, their authors and their events. */
    private static String digest(Connection db, long batch) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("""
                select md5(string_agg(concat_ws('|', i.unit_id, i.title, i.summary, i.solution_type, i.field, i.first_applied_on,
                       i.status, i.search_text, i.folded_title, i.version, i.created_by, i.filed_on, i.receipt_number,
                       i.submitted_on, i.estimated_value_vnd, i.unit_ancestors,
                       (select string_agg(concat_ws(':', a.position, a.full_name, a.contribution_percent, a.union_member), ';'
                                          order by a.position) from initiative_author a where a.initiative_id = i.id),
                       (select string_agg(concat_ws(':', e.from_status, e.to_status, e.actor, e.program_id, e.unit_id,
                                                    e.first_applied_on, e.estimated_value_vnd, e.solution_type, e.field), ';')
                          from initiative_event e where e.initiative_id = i.id)), '#' order by i.id))
                  from initiative i where i.import_batch_id = """ + batch)) {
            r.next();
            return r.getString(1);
        }
    }

    // ---------------------------------------------------------------- targets

    private void targets() {
        ObjectNode targets = results.putObject("targets");
        ObjectNode met = results.putObject("targets_met");
        target(targets, met, "national_progress_p95_ms", 50, true);
        target(targets, met, "province_progress_p95_ms", 10, true);
        target(targets, met, "search_p95_ms", 100, true);
        target(targets, met, "get_by_id_ratio_vs_pgbench", 0.25, false);
        target(targets, met, "import_rows_per_s", 10_000, false);
        target(targets, met, "import_ratio_vs_copy", 0.8, false);
    }

    private void target(ObjectNode targets, ObjectNode met, String key, double bound, boolean atMost) {
        targets.put(key, (atMost ? "<= " : ">= ") + (bound == Math.rint(bound) ? Long.toString((long) bound) : Double.toString(bound)));
        JsonNode value = results.get(key);
        if (value == null || value.isNull()) {
            met.putNull(key);
        } else {
            met.put(key, atMost ? value.asDouble() <= bound : value.asDouble() >= bound);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static double ms(long micros) {
        return Math.round(micros / 100.0) / 10.0;
    }

    static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 400 ? text : text.substring(0, 400) + "…";
    }
}
