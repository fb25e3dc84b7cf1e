package vn.congdoan.sangkien.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.tools.attach.VirtualMachine;
import org.HdrHistogram.Histogram;

import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The soak: two backend instances on one PostgreSQL (bench.mjs starts the second), a mixed load from a few clients for
 * S seconds, and one import of 100,000 rows in the middle. Every answer is checked; latencies per operation for the
 * whole window and per minute; every 10 s each instance's heap, GC and threads waiting for a pooled connection (JMX,
 * through the attach API) and its connections in PostgreSQL ({@code pg_stat_activity} by application name). Writes a
 * {@code soak} key into the results JSON, keeping what is there.
 * <p>
 * Soak --bases URL,URL --pids PID,PID --names a,b --app-names N,N --token-file FILE --db-port PORT --data-dir DIR
 * --seconds S --warmup W --clients C --import-rows N --import-at F --pool-max P --out FILE
 */
public final class Soak {

    static final String PROGRAM = Harness.PROGRAM;
    /** Heap after a full GC may end this much above its level before the import (or 16 MB, whichever is more). */
    static final double HEAP_TOLERANCE = 0.20;
    static final long HEAP_SLACK_MB = 16;
    static final int SAMPLE_S = 10;
    /** Who does what: admin reads, searches and reports over the whole country and imports; unit officers file. */
    static final String ADMIN = "admin.demo";
    static final String[][] OFFICERS = {{"cb.phongtho", "LCH-PT"}, {"cb.sinho", "LCH-SH"}};
    /** The mix, in percent of a client's iterations; a write is three requests (create, submit, read back). */
    static final int READ = 45;
    static final int SEARCH = 20;
    static final int PROGRESS = 20;
    static final int WRITE = 15;
    static final String[] OPS = {"read", "search", "progress", "create", "submit", "read_own", "import"};

    record Instance(String name, URI base, long pid, String applicationName) {
    }

    private final Map<String, String> options;
    private final List<Instance> instances = new ArrayList<>();
    private final Path tokenFile;
    private final int dbPort;
    private final Path dataDir;
    private final int seconds;
    private final int warmup;
    private final int clients;
    private final int importRows;
    private final double importAt;
    private final int poolMax;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Map<String, Op> ops = new LinkedHashMap<>();
    private final Map<String, String[]> tokens = new ConcurrentHashMap<>();
    private final AtomicLong turn = new AtomicLong();
    private final AtomicLong dossiers = new AtomicLong();
    private final String nonce = Long.toString(System.currentTimeMillis(), 36);

    private volatile long windowStart = Long.MAX_VALUE;
    private volatile long loadEnd = Long.MAX_VALUE;
    private volatile boolean importDone;
    private volatile boolean stopped;

    private List<String> provinces = new ArrayList<>();
    private List<String> grassroots = new ArrayList<>();
    private long minId;
    private long maxId;

    private Soak(Map<String, String> options) {
        this.options = options;
        String[] bases = options.get("bases").split(",");
        String[] pids = options.get("pids").split(",");
        String[] names = options.getOrDefault("names", "a,b").split(",");
        String[] appNames = options.getOrDefault("app-names", "").split(",");
        for (int i = 0; i < bases.length; i++) {
            instances.add(new Instance(names[i], URI.create(bases[i]), Long.parseLong(pids[i]), i < appNames.length ? appNames[i] : ""));
        }
        this.tokenFile = Path.of(options.getOrDefault("token-file", "bench/.data/token"));
        this.dbPort = Integer.parseInt(options.getOrDefault("db-port", "35432"));
        this.dataDir = Path.of(options.getOrDefault("data-dir", "bench/.data/postgres"));
        this.seconds = (int) Math.round(Double.parseDouble(options.getOrDefault("seconds", "600")));
        this.warmup = Integer.parseInt(options.getOrDefault("warmup", "30"));
        this.clients = Integer.parseInt(options.getOrDefault("clients", "4"));
        this.importRows = Integer.parseInt(options.getOrDefault("import-rows", Integer.toString(Harness.IMPORT_ROWS)));
        this.importAt = Double.parseDouble(options.getOrDefault("import-at", "0.4"));
        this.poolMax = Integer.parseInt(options.getOrDefault("pool-max", "20"));
        for (String op : OPS) {
            ops.put(op, new Op());
        }
    }

    public static void main(String[] args) throws Exception {
        System.exit(new Soak(Generate.options(args)).run());
    }

    static void log(String format, Object... args) {
        System.out.printf("[soak] " + format + "%n", args);
        System.out.flush();
    }

    // ---------------------------------------------------------------- the run

    private int run() throws Exception {
        Db.usePasswordOf(dataDir);
        readDataset();
        byte[] file = importRows > 0 ? Harness.csv(Harness.fileRows(grassroots, importRows, "soak " + nonce, 31)) : null;
        List<Monitor> monitors = new ArrayList<>();
        for (Instance instance : instances) {
            monitors.add(new Monitor(instance));
        }
        log("%d instances (%s), %d clients, warm-up %d s, then %d s measured; %s; sampling every %d s",
                instances.size(), instances.stream().map(i -> i.name() + " " + i.base()).toList(), clients, warmup, seconds,
                file == null ? "no import" : importRows + "-row import (" + file.length / 1_000_000 + " MB) through "
                        + instances.get(instances.size() - 1).name() + " at " + Math.round(importAt * seconds) + " s", SAMPLE_S);

        List<Thread> threads = new ArrayList<>();
        long begin = System.nanoTime();
        windowStart = begin + warmup * 1_000_000_000L;
        loadEnd = windowStart + seconds * 1_000_000_000L;
        importDone = file == null;
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> client(client), "soak-client-" + c);
            thread.start();
            threads.add(thread);
        }
        sleepUntil(windowStart);
        log("warm-up done (%d requests, %d errors): measuring", warmupRequests(), warmupErrors());
        ObjectNode checkpoints = json.createObjectNode();
        checkpoint(checkpoints, "start", monitors);
        ArrayNode samples = json.createArrayNode();
        Thread sampler = new Thread(() -> sampleLoop(samples, monitors), "soak-sampler");
        sampler.start();
        ObjectNode importNode = json.createObjectNode();
        Thread importer = null;
        if (file != null) {
            importer = new Thread(() -> importOnce(file, importNode, checkpoints, monitors), "soak-import");
            importer.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long windowEnd = System.nanoTime();
        if (importer != null) {
            importer.join();
        }
        stopped = true;
        sampler.interrupt();
        sampler.join();
        double window = (windowEnd - windowStart) / 1e9;
        log("load stopped after %.1f s measured; the idle state of both instances:", window);
        Thread.sleep(2000);
        samples.add(sample(monitors, (System.nanoTime() - windowStart) / 1e9, "idle, after the load"));
        checkpoint(checkpoints, "end", monitors);
        for (Monitor monitor : monitors) {
            monitor.close();
        }

        ObjectNode soak = report(window, importNode, samples, checkpoints, file, monitors);
        write(soak);
        print(soak);
        return soak.path("verdict").path("passed").asBoolean() ? 0 : 4;
    }

    private void readDataset() throws SQLException {
        try (Connection db = Db.connect(dbPort); Statement s = db.createStatement()) {
            try (ResultSet r = s.executeQuery("select min(id), (select max_initiative_id from bench_dataset) from initiative")) {
                r.next();
                minId = r.getLong(1);
                maxId = r.getLong(2);
            }
            try (ResultSet r = s.executeQuery("select code from unit where depth = 1 and type = 'PROVINCIAL_FEDERATION'"
                    + " and code <> 'LCH' order by code")) {
                while (r.next()) {
                    provinces.add(r.getString(1));
                }
            }
            // the import file of one federation, as the measurements' import (Harness): Hà Nội's grassroots unions
            try (ResultSet r = s.executeQuery("select code from unit where type = 'GRASSROOTS' and path like"
                    + " (select path from unit where code = 'HNI') || '%' order by id")) {
                while (r.next()) {
                    grassroots.add(r.getString(1));
                }
            }
        }
        log("dataset: dossiers %d..%d, %d provinces, %d grassroots unions of HNI", minId, maxId, provinces.size(), grassroots.size());
    }

    // ---------------------------------------------------------------- the clients

    /** One client: closed loop (the next request when the previous one answered), until the end and the import are done. */
    private void client(int client) {
        SplittableRandom random = new SplittableRandom(1000 + client);
        while (System.nanoTime() < loadEnd || !importDone) {
            int draw = random.nextInt(100);
            if (draw < READ) {
                read(random);
            } else if (draw < READ + SEARCH) {
                search(random);
            } else if (draw < READ + SEARCH + PROGRESS) {
                progress(random);
            } else {
                write(random, OFFICERS[client % OFFICERS.length]);
            }
        }
    }

    /** Requests alternate between the instances, whoever sends them. */
    private Instance next() {
        return instances.get((int) (turn.getAndIncrement() % instances.size()));
    }

    private Instance after(Instance instance) {
        return instances.get((instances.indexOf(instance) + 1) % instances.size());
    }

    private void read(SplittableRandom random) {
        long id = random.nextLong(minId, maxId + 1);
        call("read", next(), "GET", "/api/v1/initiatives/" + id, ADMIN, null, null, 200,
                body -> body.path("id").asLong() == id ? null : "another dossier: " + body.path("id"));
    }

    /** Words with and without diacritics, always under a province; the filters in turn. */
    private void search(SplittableRandom random) {
        String q = Harness.SEARCHES[random.nextInt(Harness.SEARCHES.length)];
        String province = provinces.get(random.nextInt(provinces.size()));
        String path = "/api/v1/initiatives?program=" + PROGRAM + "&q=" + Harness.enc(q) + "&unit=" + province + "&page=0&size=20"
                + switch (random.nextInt(4)) {
                    case 0 -> "&status=VALID";
                    case 1 -> "&period=GD1";
                    case 2 -> "&field=" + Vocabulary.pick(random, Generate.FIELDS) + "&status=VALID&status=RECOGNISED";
                    default -> "&solutionType=" + Vocabulary.pick(random, Generate.SOLUTION_TYPES) + "&period=GD2";
                };
        call("search", next(), "GET", path, ADMIN, null, null, 200,
                body -> body.path("items").isArray() && body.has("totalItems") ? null : "not a page");
    }

    private void progress(SplittableRandom random) {
        int which = random.nextInt(10);
        String root = which == 0 ? "TLD" : which == 1 ? "LCH" : provinces.get(random.nextInt(provinces.size()));
        String path = "/api/v1/programs/" + PROGRAM + "/progress?period=" + (random.nextBoolean() ? "GD1" : "GD2")
                + "&depth=1&root=" + root;
        call("progress", next(), "GET", path, ADMIN, null, null, 200,
                body -> root.equals(body.path("rows").path(0).path("unitCode").asText()) ? null : "no row of " + root + " first");
    }

    /** An officer files a dossier for their unit through one instance, submits it through the other, reads it back. */
    private void write(SplittableRandom random, String[] officer) {
        Instance first = next();
        Instance second = after(first);
        long n = dossiers.incrementAndGet();
        ObjectNode dossier = Vocabulary.draft(json, random, officer[1], "thử tải " + nonce + " số " + n);
        JsonNode created = call("create", first, "POST", "/api/v1/initiatives", officer[0], bytes(dossier), "application/json", 201,
                body -> body.path("id").isNumber() && body.path("version").isNumber() && "DRAFT".equals(body.path("status").asText())
                        ? null : "no id, version or DRAFT status");
        if (created == null) {
            return;
        }
        long id = created.path("id").asLong();
        ObjectNode transition = json.createObjectNode().put("version", created.path("version").asLong());
        JsonNode submitted = call("submit", second, "POST", "/api/v1/initiatives/" + id + "/submit", officer[0],
                bytes(transition), "application/json", 200,
                body -> "SUBMITTED".equals(body.path("status").asText()) && body.path("receiptNumber").isTextual()
                        ? null : "not SUBMITTED with a receipt number");
        if (submitted == null) {
            return;
        }
        String receipt = submitted.path("receiptNumber").asText();
        call("read_own", first, "GET", "/api/v1/initiatives/" + id, officer[0], null, null, 200,
                body -> "SUBMITTED".equals(body.path("status").asText()) && receipt.equals(body.path("receiptNumber").asText())
                        ? null : "read through " + first.name() + " after the submit through " + second.name() + ": "
                        + body.path("status").asText() + " " + body.path("receiptNumber").asText());
    }

    /**
     * One request, checked: the expected status and what `check` says of the JSON body (null: fine). Answers the body,
     * or null after recording an error (another status, a body that fails the check, a network error).
     */
    private JsonNode call(String op, Instance instance, String method, String path, String user, byte[] body, String type,
                          int expected, Function<JsonNode, String> check) {
        HttpRequest.Builder request = HttpRequest.newBuilder(instance.base().resolve(path))
                .timeout(Duration.ofMinutes(op.equals("import") ? 15 : 1))
                .header("Authorization", "Bearer " + token(user)).header("Accept", "application/json");
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        long begin = System.nanoTime();
        String problem;
        JsonNode answer = null;
        int status = 0;
        String text = null;
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            text = response.body();
            if (status != expected) {
                problem = "status " + status + " (expected " + expected + ")";
            } else {
                answer = json.readTree(text);
                problem = check.apply(answer);
            }
        } catch (Exception e) {
            problem = e.toString();
        }
        long micros = (System.nanoTime() - begin) / 1000;
        Op stats = ops.get(op);
        if (problem == null) {
            stats.ok(begin, micros, instance.name() + " " + abbreviate(path, 100));
            return answer;
        }
        stats.error(begin, "%s %s on %s (%s) -> %s; body: %s".formatted(method, abbreviate(path, 160), instance.name(), user,
                problem, abbreviate(text, op.equals("import") ? 2000 : 300)));
        return null;
    }

    private String token(String user) {
        String[] cached = tokens.get(user);
        long now = System.nanoTime();
        if (cached == null || now - Long.parseLong(cached[1]) > 20e9) {
            // the driver rewrites the files every minute (access tokens live 300 s): read them again now and then
            Path file = user.equals(ADMIN) ? tokenFile : tokenFile.resolveSibling(tokenFile.getFileName() + "-" + user);
            try {
                cached = new String[]{Files.readString(file).trim(), Long.toString(now)};
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the token file " + file, e);
            }
            tokens.put(user, cached);
        }
        return cached[0];
    }

    // ---------------------------------------------------------------- the import

    /** At importAt of the window: heap after a full GC, the import through the last instance, heap after a full GC. */
    private void importOnce(byte[] file, ObjectNode node, ObjectNode checkpoints, List<Monitor> monitors) {
        try {
            sleepUntil(windowStart + (long) (importAt * seconds * 1e9));
            checkpoint(checkpoints, "before_import", monitors);
            Instance instance = instances.get(instances.size() - 1);
            String path = "/api/v1/imports/initiatives?program=" + PROGRAM + "&mode=ALL_OR_NOTHING";
            long begin = System.nanoTime();
            node.put("instance", instance.name());
            node.put("request", "POST " + path + " (text/csv, " + importRows + " rows, " + file.length + " bytes, "
                    + grassroots.size() + " grassroots units of HNI)");
            node.put("started_at_s", Harness.round1((begin - windowStart) / 1e9));
            log("import: %d rows through %s", importRows, instance.name());
            JsonNode answer = call("import", instance, "POST", path, ADMIN, file, "text/csv; charset=UTF-8", 200,
                    body -> body.path("imported").asLong() == importRows ? null : "imported " + body.path("imported"));
            double took = (System.nanoTime() - begin) / 1e9;
            node.put("seconds", Harness.round2(took));
            node.put("ok", answer != null);
            if (answer != null) {
                node.put("imported", answer.path("imported").asLong());
                node.put("rows_per_s", Math.round(importRows / took));
            }
            log("import: %s in %.1f s", answer != null ? "imported " + answer.path("imported").asLong() : "FAILED", took);
            checkpoint(checkpoints, "after_import", monitors);
        } catch (Exception e) {
            node.put("ok", false);
            node.put("failure", e.toString());
            ops.get("import").error(System.nanoTime(), e.toString());
        } finally {
            importDone = true;
        }
    }

    // ---------------------------------------------------------------- heap, GC and the pool

    /** An instance's JVM seen through JMX: the attach API starts its local management agent (same user, same JDK). */
    static final class Monitor implements AutoCloseable {
        final Instance instance;
        JMXConnector connector;
        MemoryMXBean memory;
        ThreadMXBean threads;
        MemoryPoolMXBean oldGen;
        List<GarbageCollectorMXBean> collectors = List.of();
        com.sun.management.OperatingSystemMXBean os;
        String failure;
        /** Whether /q/metrics has Agroal's gauges: null until asked once. */
        Boolean agroalMetrics;

        Monitor(Instance instance) {
            this.instance = instance;
            try {
                VirtualMachine vm = VirtualMachine.attach(Long.toString(instance.pid()));
                String address;
                try {
                    address = vm.startLocalManagementAgent();
                } finally {
                    vm.detach();
                }
                connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
                MBeanServerConnection server = connector.getMBeanServerConnection();
                memory = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
                threads = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.THREAD_MXBEAN_NAME, ThreadMXBean.class);
                os = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME,
                        com.sun.management.OperatingSystemMXBean.class);
                collectors = ManagementFactory.getPlatformMXBeans(server, GarbageCollectorMXBean.class);
                oldGen = ManagementFactory.getPlatformMXBeans(server, MemoryPoolMXBean.class).stream()
                        .filter(p -> p.getName().contains("Old Gen") || p.getName().contains("Tenured")).findFirst().orElse(null);
            } catch (Exception e) {
                failure = "JMX through the attach API failed: " + e;
                log("%s: %s", instance.name(), failure);
            }
        }

        /** Threads waiting in Agroal for a pooled connection (the pool exposes no count of its own in this build). */
        int awaitingConnection() {
            int waiting = 0;
            for (ThreadInfo info : threads.dumpAllThreads(false, false)) {
                if (info == null || (info.getThreadState() != Thread.State.WAITING && info.getThreadState() != Thread.State.TIMED_WAITING)) {
                    continue;
                }
                for (StackTraceElement frame : info.getStackTrace()) {
                    if (frame.getClassName().equals("io.agroal.pool.ConnectionPool") && frame.getMethodName().equals("getConnection")) {
                        waiting++;
                        break;
                    }
                }
            }
            return waiting;
        }

        @Override
        public void close() {
            try {
                if (connector != null) {
                    connector.close();
                }
            } catch (IOException ignored) {
                // the instance may be gone already
            }
        }
    }

    private void sampleLoop(ArrayNode samples, List<Monitor> monitors) {
        long next = windowStart;
        while (!stopped) {
            try {
                sleepUntil(next);
            } catch (InterruptedException e) {
                return;
            }
            if (stopped) {
                return;
            }
            ObjectNode sample = sample(monitors, (System.nanoTime() - windowStart) / 1e9, null);
            synchronized (samples) {
                samples.add(sample);
            }
            if (samples.size() % 6 == 1) {
                log("%4.0f s: %d requests, %d errors; %s", sample.path("t_s").asDouble(), measured(), ops.values().stream()
                        .mapToLong(o -> o.errors).sum(), instances.stream().map(i -> i.name() + " heap "
                        + sample.path(i.name()).path("heap_used_mb").asText("?") + " MB, pool busy "
                        + sample.path(i.name()).path("pool_busy").asText("?") + " of " + sample.path(i.name()).path("pool_open").asText("?")
                        + " open").toList());
            }
            next += SAMPLE_S * 1_000_000_000L;
        }
    }

    /** Each instance's heap, GC, CPU, threads waiting for a connection, and its connections in PostgreSQL. */
    private ObjectNode sample(List<Monitor> monitors, double t, String note) {
        ObjectNode sample = json.createObjectNode();
        sample.put("t_s", Harness.round1(t));
        if (note != null) {
            sample.put("note", note);
        }
        Map<String, long[]> connections = connections();
        for (Monitor monitor : monitors) {
            ObjectNode node = sample.putObject(monitor.instance.name());
            if (monitor.failure == null) {
                try {
                    node.put("heap_used_mb", mb(monitor.memory.getHeapMemoryUsage().getUsed()));
                    if (monitor.oldGen != null && monitor.oldGen.getCollectionUsage() != null) {
                        node.put("old_gen_after_last_gc_mb", mb(monitor.oldGen.getCollectionUsage().getUsed()));
                    }
                    long count = 0;
                    long millis = 0;
                    for (GarbageCollectorMXBean collector : monitor.collectors) {
                        count += collector.getCollectionCount();
                        millis += collector.getCollectionTime();
                    }
                    node.put("gc_count", count);
                    node.put("gc_s", Harness.round2(millis / 1000.0));
                    node.put("cpu_s", Harness.round1(monitor.os.getProcessCpuTime() / 1e9));
                    node.put("threads", monitor.threads.getThreadCount());
                    node.put("awaiting_connection", monitor.awaitingConnection());
                } catch (Exception e) {
                    node.put("jmx_failure", e.toString());
                }
            }
            long[] pool = monitor.instance.applicationName().isEmpty() ? null : connections.get(monitor.instance.applicationName());
            node.put("pool_open", pool == null ? 0 : pool[0]);
            node.put("pool_busy", pool == null ? 0 : pool[1]);
            agroal(monitor, node);
        }
        long all = connections.values().stream().mapToLong(c -> c[0]).sum();
        sample.put("db_client_connections", all);
        ArrayNode slow = longRunning();
        if (!slow.isEmpty()) {
            sample.set("db_running_over_1s", slow);
        }
        return sample;
    }

    /**
     * Connections in PostgreSQL per application name: [open, busy]; busy = not idle (running a statement or inside a
     * transaction). A connection lent by the pool between two statements outside a transaction shows as idle, so busy
     * is a lower bound of what the pool has lent at that moment.
     */
    private Map<String, long[]> connections() {
        Map<String, long[]> out = new HashMap<>();
        try (Connection db = Db.connect(dbPort); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("select application_name, count(*), count(*) filter (where state <> 'idle')"
                     + " from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()"
                     + " group by application_name")) {
            while (r.next()) {
                out.put(r.getString(1), new long[]{r.getLong(2), r.getLong(3)});
            }
        } catch (SQLException e) {
            log("pg_stat_activity: %s", e.getMessage());
        }
        return out;
    }

    /** The instances' statements running for over a second at this moment, with what they wait for. */
    private ArrayNode longRunning() {
        ArrayNode out = json.createArrayNode();
        try (Connection db = Db.connect(dbPort); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("select application_name, state, wait_event_type, wait_event,"
                     + " extract(epoch from now() - query_start), left(regexp_replace(query, '\\s+', ' ', 'g'), 120)"
                     + " from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()"
                     + " and state <> 'idle' and now() - query_start > interval '1 second'"
                     + " and application_name like 'bench-%' order by query_start limit 10")) {
            while (r.next()) {
                out.addObject().put("instance", r.getString(1)).put("state", r.getString(2))
                        .put("wait", r.getString(3) == null ? null : r.getString(3) + ":" + r.getString(4))
                        .put("running_s", Harness.round1(r.getDouble(5))).put("query", r.getString(6));
            }
        } catch (SQLException e) {
            log("pg_stat_activity: %s", e.getMessage());
        }
        return out;
    }

    /** Agroal's own gauges, if a build exposes them (quarkus.datasource.metrics.enabled=true; build time). */
    private void agroal(Monitor monitor, ObjectNode node) {
        if (!Boolean.FALSE.equals(monitor.agroalMetrics)) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(monitor.instance.base().resolve("/q/metrics"))
                        .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token(ADMIN)).build(),
                        HttpResponse.BodyHandlers.ofString());
                Map<String, Double> gauges = new TreeMap<>();
                for (String line : response.body().split("\n")) {
                    if (line.startsWith("agroal_")) {
                        String name = line.substring(0, line.indexOf(line.contains("{") ? '{' : ' '));
                        gauges.merge(name, Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)), Double::sum);
                    }
                }
                monitor.agroalMetrics = !gauges.isEmpty();
                if (monitor.agroalMetrics) {
                    ObjectNode agroal = node.putObject("agroal");
                    gauges.forEach(agroal::put);
                }
            } catch (Exception e) {
                monitor.agroalMetrics = false;
            }
        }
    }

    /** Heap after a full GC (System.gc through JMX) on every instance, and the sample around it. */
    private void checkpoint(ObjectNode checkpoints, String name, List<Monitor> monitors) {
        ObjectNode node = checkpoints.putObject(name);
        node.put("t_s", Harness.round1((System.nanoTime() - windowStart) / 1e9));
        for (Monitor monitor : monitors) {
            if (monitor.failure != null) {
                continue;
            }
            try {
                long begin = System.nanoTime();
                monitor.memory.gc();
                node.putObject(monitor.instance.name()).put("heap_after_full_gc_mb", mb(monitor.memory.getHeapMemoryUsage().getUsed()))
                        .put("gc_took_ms", Math.round((System.nanoTime() - begin) / 1e6));
            } catch (Exception e) {
                node.putObject(monitor.instance.name()).put("jmx_failure", e.toString());
            }
        }
        log("heap after a full GC (%s): %s", name, instances.stream().map(i -> i.name() + " "
                + node.path(i.name()).path("heap_after_full_gc_mb").asText("?") + " MB").toList());
    }

    // ---------------------------------------------------------------- what it found

    /** Latencies and errors of one operation: the whole window, per minute, and the warm-up apart. */
    final class Op {
        final Histogram all = new Histogram(3_600_000_000L, 3);
        final Map<Integer, Histogram> minutes = new TreeMap<>();
        final Map<Integer, Long> minuteErrors = new TreeMap<>();
        final List<String> samples = new ArrayList<>();
        long errors;
        long warmupRequests;
        long warmupErrors;
        final List<String> warmupSamples = new ArrayList<>();

        /** The slowest answers of the window: [micros, begin], with what was asked. */
        final java.util.PriorityQueue<Object[]> slowest = new java.util.PriorityQueue<>(
                java.util.Comparator.comparingLong((Object[] o) -> (Long) o[0]));

        synchronized void ok(long begin, long micros, String what) {
            long start = windowStart;
            if (begin < start) {
                warmupRequests++;
                return;
            }
            if (slowest.size() < 5 || micros > (Long) slowest.peek()[0]) {
                slowest.add(new Object[]{micros, begin, what});
                if (slowest.size() > 5) {
                    slowest.poll();
                }
            }
            all.recordValue(micros);
            minutes.computeIfAbsent(minute(begin, start), m -> new Histogram(3_600_000_000L, 3)).recordValue(micros);
        }

        synchronized void error(long begin, String sample) {
            long start = windowStart;
            if (begin < start) {
                warmupRequests++;
                warmupErrors++;
                if (warmupSamples.size() < 5) {
                    warmupSamples.add(sample);
                }
                return;
            }
            errors++;
            minuteErrors.merge(minute(begin, start), 1L, Long::sum);
            if (samples.size() < 5) {
                samples.add(sample);
            }
            if (errors <= 3) {
                log("error: %s", sample);
            }
        }

        /**
         * 1 from the start of the window; a request started in the few seconds after the end (the rest of a write
         * begun before it) counts in the last minute, one started later (the load went on for the import) in its own.
         */
        private int minute(long begin, long start) {
            int minute = (int) ((begin - start) / 60_000_000_000L) + 1;
            int last = (int) Math.ceil(seconds / 60.0);
            return minute > last && begin - loadEnd < 5_000_000_000L ? last : minute;
        }
    }

    private long measured() {
        return ops.values().stream().mapToLong(o -> {
            synchronized (o) {
                return o.all.getTotalCount() + o.errors;
            }
        }).sum();
    }

    private long warmupRequests() {
        return ops.values().stream().mapToLong(o -> o.warmupRequests).sum();
    }

    private long warmupErrors() {
        return ops.values().stream().mapToLong(o -> o.warmupErrors).sum();
    }

    private ObjectNode report(double window, ObjectNode importNode, ArrayNode samples, ObjectNode checkpoints, byte[] file,
                              List<Monitor> monitors) {
        ObjectNode soak = json.createObjectNode();
        soak.put("what", "two backend instances on one PostgreSQL, a closed-loop mixed load from " + clients + " clients"
                + " (each request to the next instance in turn), one " + importRows + "-row import in the middle;"
                + " every answer checked (status and body); heap, GC and threads awaiting a pooled connection through JMX,"
                + " connections from pg_stat_activity, every " + SAMPLE_S + " s");
        soak.put("finished_at", OffsetDateTime.now().toString());
        ArrayNode list = soak.putArray("instances");
        for (Instance instance : instances) {
            list.addObject().put("name", instance.name()).put("base", instance.base().toString()).put("pid", instance.pid())
                    .put("application_name", instance.applicationName());
        }
        soak.put("clients", clients);
        soak.put("warmup_s", warmup);
        soak.put("duration_s", seconds);
        soak.put("window_s", Harness.round1(window));
        soak.put("cores", Runtime.getRuntime().availableProcessors());
        soak.putObject("mix_percent").put("read", READ).put("search", SEARCH).put("progress", PROGRESS)
                .put("write (create, submit through the other instance, read back)", WRITE);
        soak.put("users", "admin.demo (admin, TLD): read, search, progress, import; cb.phongtho and cb.sinho (unit_officer,"
                + " LCH-PT and LCH-SH): create, submit, read_own");
        soak.set("import", importNode);

        long errors = 0;
        long requests = 0;
        ObjectNode operations = soak.putObject("operations");
        for (Map.Entry<String, Op> entry : ops.entrySet()) {
            Op op = entry.getValue();
            if (op.all.getTotalCount() == 0 && op.errors == 0) {
                continue;
            }
            ObjectNode node = operations.putObject(entry.getKey());
            node.put("requests", op.all.getTotalCount() + op.errors);
            node.put("errors", op.errors);
            node.put("rps", Harness.round1(op.all.getTotalCount() / window));
            latencies(node, op.all);
            ArrayNode slow = node.putArray("slowest");
            op.slowest.stream().sorted(java.util.Comparator.comparingLong((Object[] o) -> -(Long) o[0]))
                    .forEach(o -> slow.addObject().put("ms", Harness.ms((Long) o[0])).put("at_s", Harness.round1(((Long) o[1] - windowStart) / 1e9))
                            .put("request", (String) o[2]));
            if (!op.samples.isEmpty()) {
                ArrayNode samplesNode = node.putArray("error_samples");
                op.samples.forEach(samplesNode::add);
            }
            errors += op.errors;
            requests += op.all.getTotalCount() + op.errors;
        }
        soak.put("requests", requests);
        soak.put("errors", errors);
        soak.put("rps", Harness.round1(requests / window));

        ArrayNode perMinute = soak.putArray("per_minute");
        int minutes = ops.values().stream().flatMap(o -> o.minutes.keySet().stream()).mapToInt(m -> m).max().orElse(0);
        for (int m = 1; m <= minutes; m++) {
            ObjectNode row = perMinute.addObject();
            row.put("minute", m);
            for (Map.Entry<String, Op> entry : ops.entrySet()) {
                Histogram h = entry.getValue().minutes.get(m);
                long e = entry.getValue().minuteErrors.getOrDefault(m, 0L);
                if (h == null && e == 0) {
                    continue;
                }
                ObjectNode node = row.putObject(entry.getKey());
                node.put("requests", (h == null ? 0 : h.getTotalCount()) + e);
                node.put("errors", e);
                if (h != null) {
                    node.put("p50_ms", Harness.ms(h.getValueAtPercentile(50)));
                    node.put("p95_ms", Harness.ms(h.getValueAtPercentile(95)));
                }
            }
        }
        ObjectNode warm = soak.putObject("warmup");
        warm.put("requests", warmupRequests());
        warm.put("errors", warmupErrors());
        ArrayNode warmSamples = warm.putArray("error_samples");
        ops.values().forEach(o -> o.warmupSamples.forEach(warmSamples::add));

        boolean agroal = monitors.stream().anyMatch(m -> Boolean.TRUE.equals(m.agroalMetrics));
        soak.put("pool_sources", "open and busy (not idle: running a statement or inside a transaction; a lower bound of"
                + " what the pool has lent) from pg_stat_activity by application_name (" + instances.stream()
                .map(Instance::applicationName).toList() + "); awaiting: threads parked in Agroal's ConnectionPool.getConnection"
                + " (JMX thread dump); Agroal's own gauges in /q/metrics: " + (agroal ? "yes (samples.*.agroal)"
                : "not exposed by this build (quarkus.datasource.metrics.enabled, fixed at build time, is off)"));
        soak.set("checkpoints", checkpoints);
        soak.set("samples", samples);
        boolean heapSteady = true;
        boolean poolSteady = true;
        ObjectNode heap = soak.putObject("heap");
        ObjectNode pool = soak.putObject("pool");
        List<JsonNode> rows = new ArrayList<>();
        samples.forEach(rows::add);
        for (Instance instance : instances) {
            String name = instance.name();
            ObjectNode h = heap.putObject(name);
            ObjectNode used = h.putObject("used_mb");
            series(used, rows, name, "heap_used_mb");
            ObjectNode afterGc = h.putObject("after_full_gc_mb");
            for (String point : List.of("start", "before_import", "after_import", "end")) {
                JsonNode value = checkpoints.path(point).path(name).path("heap_after_full_gc_mb");
                if (value.isNumber()) {
                    afterGc.put(point, value.asDouble());
                }
            }
            double reference = afterGc.path(afterGc.has("before_import") ? "before_import" : "start").asDouble(Double.NaN);
            double limit = Math.max(reference * (1 + HEAP_TOLERANCE), reference + HEAP_SLACK_MB);
            Boolean steady = null;
            if (!Double.isNaN(reference) && afterGc.has("end")) {
                steady = afterGc.path("end").asDouble() <= limit
                        && (!afterGc.has("after_import") || afterGc.path("after_import").asDouble() <= limit);
                h.put("limit_mb", Harness.round1(limit));
                if (afterGc.has("after_import")) {
                    h.put("after_import_vs_before", round3(afterGc.path("after_import").asDouble() / reference));
                }
                h.put("end_vs_before", round3(afterGc.path("end").asDouble() / reference));
            }
            if (steady == null) {
                h.putNull("steady");
            } else {
                h.put("steady", steady);
            }
            heapSteady &= Boolean.TRUE.equals(steady);
            JsonNode first = rows.isEmpty() ? null : rows.get(0).path(name);
            JsonNode last = rows.isEmpty() ? null : rows.get(rows.size() - 1).path(name);
            if (first != null && first.has("gc_s") && last.has("gc_s")) {
                h.put("gc_pauses_s", Harness.round2(last.path("gc_s").asDouble() - first.path("gc_s").asDouble()));
                h.put("gc_count", last.path("gc_count").asLong() - first.path("gc_count").asLong());
                h.put("cpu_s", Harness.round1(last.path("cpu_s").asDouble() - first.path("cpu_s").asDouble()));
            }

            ObjectNode p = pool.putObject(name);
            p.put("max_size", poolMax);
            series(p.putObject("open"), rows, name, "pool_open");
            series(p.putObject("busy"), rows, name, "pool_busy");
            series(p.putObject("awaiting"), rows, name, "awaiting_connection");
            long maxBusy = p.path("busy").path("max").asLong();
            long maxAwaiting = p.path("awaiting").path("max").asLong();
            long endBusy = p.path("busy").path("end").asLong();
            long endAwaiting = p.path("awaiting").path("end").asLong();
            boolean exhausted = maxBusy >= poolMax || maxAwaiting > 0;
            p.put("exhausted", exhausted);
            boolean steadyPool = !exhausted && endBusy == 0 && endAwaiting == 0 && p.path("awaiting").has("max");
            p.put("steady", steadyPool);
            poolSteady &= steadyPool;
        }
        ObjectNode verdict = soak.putObject("verdict");
        verdict.put("errors", errors + warmupErrors());
        verdict.put("heap_steady", heapSteady);
        verdict.put("pool_steady", poolSteady);
        verdict.put("passed", errors + warmupErrors() == 0 && heapSteady && poolSteady
                && (file == null || importNode.path("ok").asBoolean()));
        verdict.put("rule", "no error (also in the warm-up); heap after a full GC after the import and at the end within "
                + Math.round(HEAP_TOLERANCE * 100) + " % (or " + HEAP_SLACK_MB + " MB) of its level just before the import;"
                + " pool: fewer busy connections than its " + poolMax + " at every sample, no thread ever seen waiting for one,"
                + " none busy or waiting once the load stopped");
        return soak;
    }

    /** start (first sample), max and end (the idle sample after the load) of one value of one instance. */
    private static void series(ObjectNode out, List<JsonNode> rows, String instance, String key) {
        List<Double> values = rows.stream().map(r -> r.path(instance).path(key)).filter(JsonNode::isNumber)
                .map(JsonNode::asDouble).toList();
        if (values.isEmpty()) {
            return;
        }
        double max = values.stream().mapToDouble(v -> v).max().orElse(0);
        if (values.stream().allMatch(v -> v == Math.rint(v))) {
            out.put("start", values.get(0).longValue());
            out.put("max", (long) max);
            out.put("end", values.get(values.size() - 1).longValue());
        } else {
            out.put("start", values.get(0));
            out.put("max", max);
            out.put("end", values.get(values.size() - 1));
        }
    }

    private static void latencies(ObjectNode node, Histogram h) {
        if (h.getTotalCount() == 0) {
            return;
        }
        node.put("p50_ms", Harness.ms(h.getValueAtPercentile(50)));
        node.put("p95_ms", Harness.ms(h.getValueAtPercentile(95)));
        node.put("p99_ms", Harness.ms(h.getValueAtPercentile(99)));
        node.put("max_ms", Harness.ms(h.getMaxValue()));
    }

    /** The results file keeps what the measurements wrote; only its `soak` key is replaced. */
    private void write(ObjectNode soak) throws IOException {
        Path out = Path.of(options.getOrDefault("out", "bench/results.json"));
        ObjectNode results = Files.exists(out) ? (ObjectNode) json.readTree(out.toFile()) : json.createObjectNode();
        results.set("soak", soak);
        Files.createDirectories(out.toAbsolutePath().getParent());
        json.writeValue(out.toFile(), results);
        log("written to %s (key soak)", out);
    }

    private void print(ObjectNode soak) {
        log("%d clients, %.0f s measured (warm-up %d s: %d requests, %d errors), %d requests, %d errors",
                clients, soak.path("window_s").asDouble(), warmup, soak.path("warmup").path("requests").asLong(),
                soak.path("warmup").path("errors").asLong(), soak.path("requests").asLong(), soak.path("errors").asLong());
        log("%-9s %9s %7s %8s %8s %8s %8s %9s", "operation", "requests", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms");
        soak.path("operations").fields().forEachRemaining(e -> log("%-9s %9d %7d %8.1f %8.1f %8.1f %8.1f %9.1f", e.getKey(),
                e.getValue().path("requests").asLong(), e.getValue().path("errors").asLong(), e.getValue().path("rps").asDouble(),
                e.getValue().path("p50_ms").asDouble(), e.getValue().path("p95_ms").asDouble(),
                e.getValue().path("p99_ms").asDouble(), e.getValue().path("max_ms").asDouble()));
        log("per minute, p95 ms (requests, errors if any):");
        for (JsonNode row : soak.path("per_minute")) {
            StringBuilder line = new StringBuilder("  minute %d:".formatted(row.path("minute").asInt()));
            row.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("minute")) {
                    line.append("  %s %.1f (%d%s)".formatted(e.getKey(), e.getValue().path("p95_ms").asDouble(),
                            e.getValue().path("requests").asLong(),
                            e.getValue().path("errors").asLong() > 0 ? ", " + e.getValue().path("errors").asLong() + " errors" : ""));
                }
            });
            log("%s", line);
        }
        JsonNode imported = soak.path("import");
        if (!imported.isEmpty()) {
            log("import through %s at %.0f s: %s in %.1f s", imported.path("instance").asText(), imported.path("started_at_s").asDouble(),
                    imported.path("ok").asBoolean() ? imported.path("imported").asLong() + " rows" : "FAILED", imported.path("seconds").asDouble());
        }
        for (Instance instance : instances) {
            JsonNode h = soak.path("heap").path(instance.name());
            JsonNode p = soak.path("pool").path(instance.name());
            log("%s: heap used %s MB (start, max, end); after a full GC %s MB; steady %s; GC %s s in %s collections, CPU %s s",
                    instance.name(), triple(h.path("used_mb")), h.path("after_full_gc_mb").toString(), h.path("steady").asText(),
                    h.path("gc_pauses_s").asText("?"), h.path("gc_count").asText("?"), h.path("cpu_s").asText("?"));
            log("%s: pool (max %d) open %s, busy %s, awaiting %s (start, max, end); exhausted %s; steady %s", instance.name(),
                    poolMax, triple(p.path("open")), triple(p.path("busy")), triple(p.path("awaiting")),
                    p.path("exhausted").asText(), p.path("steady").asText());
        }
        soak.path("operations").fields().forEachRemaining(e -> {
            JsonNode slowest = e.getValue().path("slowest").path(0);
            if (!e.getKey().equals("import") && slowest.path("ms").asDouble() >= 1000) {
                log("slowest %s: %.0f ms at %.0f s (%s)", e.getKey(), slowest.path("ms").asDouble(),
                        slowest.path("at_s").asDouble(), slowest.path("request").asText());
            }
        });
        for (JsonNode op : soak.path("operations")) {
            for (JsonNode sample : op.path("error_samples")) {
                log("error sample: %s", sample.asText());
            }
        }
        JsonNode verdict = soak.path("verdict");
        log("verdict: %s (errors %d, heap steady %s, pool steady %s)", verdict.path("passed").asBoolean() ? "PASSED" : "FAILED",
                verdict.path("errors").asLong(), verdict.path("heap_steady").asText(), verdict.path("pool_steady").asText());
    }

    private static String triple(JsonNode series) {
        return series.path("start").asText("?") + " / " + series.path("max").asText("?") + " / " + series.path("end").asText("?");
    }

    // ---------------------------------------------------------------- helpers

    private byte[] bytes(JsonNode node) {
        try {
            return json.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long left;
        while ((left = nanos - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, Math.min(left / 1_000_000, 1000)));
        }
    }

    private static double mb(long bytes) {
        return Math.round(bytes / 1048576.0 * 10) / 10.0;
    }

    private static double round3(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static String abbreviate(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
