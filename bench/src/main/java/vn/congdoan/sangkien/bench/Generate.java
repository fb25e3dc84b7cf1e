package vn.congdoan.sangkien.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import vn.congdoan.sangkien.common.text.SearchText;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Builds the national-size dataset in the bench data directory, on top of what the backend itself created there
 * (Flyway schema, Lai Châu's reference data: TLD > LCH > 11 units, programme 1TRIEU-SK, periods, quotas).
 * <p>
 * Usage: Generate --data-dir DIR [--port 35432] [--scale 1.0]. The backend must be stopped: this starts the same
 * embedded PostgreSQL with bulk-load settings. Exit 0: the dataset is there (made now, or found and tidied);
 * exit 3: the directory holds another or a partial dataset, the driver wipes it and runs again.
 * <p>
 * Every NOT NULL column is filled as the application would: unit.path/depth as the unit_maintain_path trigger computes
 * them (triggers are off during the load), ids above the sequences, which are then moved past them (Hibernate's pooled
 * optimizer takes blocks of 50 from there), search_text and folded_title through the backend's own SearchText (compiled into the bench, see pom.xml),
 * receipt numbers SK-unit-year-n unique with receipt_counter set to the last one given.
 */
public final class Generate {

    static final int UNITS_NATIONAL = 130_000;
    static final int INITIATIVES_NATIONAL = 1_000_000;
    static final LocalDate UNITS_VALID_FROM = LocalDate.of(2021, 9, 1);
    static final String[] STATUSES = {"DRAFT", "SUBMITTED", "UNDER_REVIEW", "RETURNED", "RECOGNISED", "REFUSED", "VALID"};
    static final int[] STATUS_PERCENT = {5, 8, 10, 4, 15, 5, 53};
    static final String[] SOLUTION_TYPES = {"TECHNICAL", "MANAGEMENT", "OPERATIONAL", "TECHNICAL_ADVANCE"};
    static final String[] FIELDS = {"EPIDEMIC_PREVENTION", "SOCIO_ECONOMIC", "UNION_INNOVATION"};
    static final String[] IMPACT = {"GRASSROOTS", "GRASSROOTS", "GRASSROOTS", "PROVINCIAL_SECTOR"};
    static final String[] GRADES = {"A", "B", "B", "C", "C", null};

    private final Connection db;
    private final double scale;
    private final SplittableRandom random = new SplittableRandom(20211230L);

    private long programId;
    private final Map<String, Long> periodIds = new HashMap<>();
    private LocalDate gd1Start;
    private LocalDate gd1End;
    private LocalDate gd2Start;
    private LocalDate gd2End;

    private Generate(Connection db, double scale) {
        this.db = db;
        this.scale = scale;
    }

    /** A unit as the generator keeps it: the columns of the row, its targets and how many initiatives it reports. */
    static final class U {
        long id;
        String code;
        String name;
        String type;
        U parent;
        String path;
        int depth;
        boolean existing;
        int gd1;
        int gd2;
        double weight;
        final List<U> children = new ArrayList<>();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path dataDir = Path.of(options.getOrDefault("data-dir", "bench/.data/postgres")).toAbsolutePath();
        int port = Integer.parseInt(options.getOrDefault("port", "35432"));
        double scale = Double.parseDouble(options.getOrDefault("scale", "1"));
        long started = System.nanoTime();
        int exit;
        try (EmbeddedPostgres pg = Db.startForLoad(dataDir, port); Connection db = Db.connect(port)) {
            exit = new Generate(db, scale).run();
        }
        log("generator done in %.0f s", (System.nanoTime() - started) / 1e9);
        System.exit(exit);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
                options.put(args[i].substring(2), flag ? "true" : args[++i]);
            }
        }
        return options;
    }

    static void log(String format, Object... args) {
        System.out.printf("[generate] " + format + "%n", args);
        System.out.flush();
    }

    private int run() throws SQLException {
        db.setAutoCommit(true);
        readReference();
        try (Statement s = db.createStatement()) {
            s.execute("create table if not exists bench_dataset (scale double precision not null, initiatives bigint not null,"
                    + " units bigint not null, max_initiative_id bigint not null, generated_at timestamptz not null,"
                    + " seconds double precision not null)");
            try (ResultSet r = s.executeQuery("select scale, initiatives, units, max_initiative_id from bench_dataset")) {
                if (r.next()) {
                    if (Math.abs(r.getDouble(1) - scale) > 1e-9) {
                        log("the data directory holds a dataset of scale %s, not %s", r.getDouble(1), scale);
                        return 3;
                    }
                    tidy(r.getLong(4));
                    log("dataset present: %d initiatives, %d units (scale %s)", r.getLong(2), r.getLong(3), scale);
                    return 0;
                }
            }
            long initiatives = single("select count(*) from initiative");
            long units = single("select count(*) from unit");
            if (initiatives > 0 || units > 13) {
                log("the data directory holds a partial dataset (%d units, %d initiatives)", units, initiatives);
                return 3;
            }
        }
        long started = System.nanoTime();
        generate();
        double seconds = (System.nanoTime() - started) / 1e9;
        try (PreparedStatement p = db.prepareStatement("insert into bench_dataset values (?, (select count(*) from initiative),"
                + " (select count(*) from unit), (select max(id) from initiative), now(), ?)")) {
            p.setDouble(1, scale);
            p.setDouble(2, seconds);
            p.executeUpdate();
        }
        exec("checkpoint");
        log("dataset generated in %.0f s", seconds);
        return 0;
    }

    /** After an earlier bench run: removes the rows the import measurement added, rebuilds counters, refreshes statistics. */
    private void tidy(long maxGeneratedId) throws SQLException {
        long extra = single("select count(*) from initiative where id > " + maxGeneratedId);
        if (extra > 0) {
            log("removing %d initiatives imported by an earlier run", extra);
            exec("delete from initiative_aud where id > " + maxGeneratedId);
            exec("delete from initiative where id > " + maxGeneratedId);
        }
        rebuildCounters();
        exec(extra > 0 ? "vacuum (analyze)" : "analyze");
    }

    private void rebuildCounters() throws SQLException {
        if (single("select count(*) from pg_proc where proname = 'progress_counter_rebuild'") > 0) {
            long started = System.nanoTime();
            exec("select progress_counter_rebuild(" + programId + ")");
            log("progress_counter_rebuild(%d) in %.1f s", programId, (System.nanoTime() - started) / 1e9);
        } else {
            log("no progress_counter_rebuild(bigint) in this schema: no counters to rebuild");
        }
    }

    private void readReference() throws SQLException {
        programId = single("select id from program where code = '1TRIEU-SK'");
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("select code, id, starts_on, ends_on from period where program_id = " + programId)) {
            while (r.next()) {
                periodIds.put(r.getString(1), r.getLong(2));
                if (r.getString(1).equals("GD1")) {
                    gd1Start = r.getObject(3, LocalDate.class);
                    gd1End = r.getObject(4, LocalDate.class);
                } else if (r.getString(1).equals("GD2")) {
                    gd2Start = r.getObject(3, LocalDate.class);
                    gd2End = r.getObject(4, LocalDate.class);
                }
            }
        }
        if (gd1Start == null || gd2Start == null || !periodIds.containsKey("2022-2023")) {
            throw new IllegalStateException("the reference data (periods 2022-2023, GD1, GD2 of 1TRIEU-SK) is missing");
        }
    }

    // ---------------------------------------------------------------- the load

    private void generate() throws SQLException {
        // Triggers stay on (unit path and placement, foreign keys); the progress counters, if the schema has them,
        // are switched off for the load as their migration allows (sangkien.counters = 'off') and rebuilt after.
        exec("set sangkien.counters = 'off'");
        exec("set maintenance_work_mem = '1GB'");
        List<String[]> indexes = dropIndexes("initiative", "initiative_author", "initiative_event");

        long t = System.nanoTime();
        List<U> all = new ArrayList<>();
        U root = buildTree(all);
        List<U> created = all.stream().filter(u -> !u.existing).toList();
        assignTargets(root);
        copyUnits(created);
        copyQuotas(all);
        log("units: %d in all (%d new), quotas written, %.1f s", all.size(), created.size(), (System.nanoTime() - t) / 1e9);

        t = System.nanoTime();
        long count = Math.round(INITIATIVES_NATIONAL * scale);
        copyInitiatives(all, count);
        log("initiatives: %d with authors, %.1f s", count, (System.nanoTime() - t) / 1e9);

        t = System.nanoTime();
        createIndexes(indexes);
        log("indexes rebuilt in %.1f s", (System.nanoTime() - t) / 1e9);
        exec("reset sangkien.counters");

        for (String[] sequence : new String[][]{{"unit_seq", "unit"}, {"quota_seq", "quota"},
                {"quota_sheet_seq", "quota_sheet"}, {"initiative_seq", "initiative"},
                {"initiative_author_seq", "initiative_author"}, {"initiative_event_seq", "initiative_event"}}) {
            // pooled optimizer: ids come from (value, value + 50]; moving the sequence past the largest id is enough
            exec("select setval('" + sequence[0] + "', (select coalesce(max(id), 1) + 50 from " + sequence[1] + "))");
        }
        t = System.nanoTime();
        rebuildCounters();
        exec("vacuum (analyze)");
        log("vacuum analyze in %.1f s", (System.nanoTime() - t) / 1e9);
    }

    private List<String[]> dropIndexes(String... tables) throws SQLException {
        List<String[]> indexes = new ArrayList<>();
        for (String table : tables) {
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                    "select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) from pg_index i"
                            + " where i.indrelid = '" + table + "'::regclass"
                            + " and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)")) {
                while (r.next()) {
                    indexes.add(new String[]{r.getString(1), r.getString(2)});
                }
            }
        }
        for (String[] index : indexes) {
            exec("drop index " + index[0]);
        }
        log("dropped %d indexes for the load", indexes.size());
        return indexes;
    }

    /** Two builds at a time (2 cores); the GIN trigram builds are the long ones, started first. */
    private void createIndexes(List<String[]> indexes) throws SQLException {
        List<String[]> ordered = new ArrayList<>(indexes);
        ordered.sort((a, b) -> Boolean.compare(!a[1].contains("gin"), !b[1].contains("gin")));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String[] index : ordered) {
                done.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    try (Connection c = Db.connect(port());
                         Statement s = c.createStatement()) {
                        s.execute("set maintenance_work_mem = '768MB'");
                        s.execute(index[1]);
                    }
                    log("  %s in %.1f s", index[0], (System.nanoTime() - t) / 1e9);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (Exception e) {
            throw new SQLException("index rebuild failed", e);
        } finally {
            pool.shutdown();
        }
    }

    private int port() throws SQLException {
        String url = db.getMetaData().getURL(); // jdbc:postgresql://127.0.0.1:PORT/postgres
        String hostPort = url.substring(url.indexOf("//") + 2, url.lastIndexOf('/'));
        return Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1));
    }

    // ---------------------------------------------------------------- units and quotas

    private U buildTree(List<U> all) throws SQLException {
        Map<Long, U> byId = new HashMap<>();
        U root = null;
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("select id, code, name, type, parent_id, path, depth from unit order by depth, id")) {
            while (r.next()) {
                U u = new U();
                u.id = r.getLong(1);
                u.code = r.getString(2);
                u.name = r.getString(3);
                u.type = r.getString(4);
                long parentId = r.getLong(5);
                u.parent = r.wasNull() ? null : byId.get(parentId);
                u.path = r.getString(6);
                u.depth = r.getInt(7);
                u.existing = true;
                if (u.parent != null) {
                    u.parent.children.add(u);
                } else if (u.code.equals("TLD")) {
                    root = u;
                }
                byId.put(u.id, u);
                all.add(u);
            }
        }
        if (root == null || root.children.stream().noneMatch(u -> u.code.equals("LCH"))) {
            throw new IllegalStateException("the reference units TLD > LCH are missing");
        }
        long[] nextId = {Math.max(single("select coalesce(max(id), 0) from unit"), single("select last_value from unit_seq")) + 1000};

        List<U> upper = new ArrayList<>(); // the units that receive grassroots children
        for (String[] province : Vocabulary.PROVINCES) {
            U p = child(root, province[0], "Liên đoàn Lao động " + (province[1].startsWith("Thành phố") || isCity(province[0])
                    ? "thành phố " : "tỉnh ") + province[1].replace("Thành phố ", ""), "PROVINCIAL_FEDERATION", nextId, all);
            boolean big = province[0].equals("HNI") || province[0].equals("HCM");
            int districts = big ? 30 : 7 + random.nextInt(14);
            for (int d = 1; d <= districts; d++) {
                String name = d == 1 ? "LĐLĐ thành phố " + province[1].replace("Thành phố ", "")
                        : "LĐLĐ huyện " + Vocabulary.placeName(random);
                upper.add(child(p, "%s-H%02d".formatted(province[0], d), name, "DISTRICT_FEDERATION", nextId, all));
            }
            int sectors = 3 + random.nextInt(Vocabulary.PROVINCE_SECTORS.length - 2);
            for (int n = 0; n < sectors; n++) {
                String name = Vocabulary.PROVINCE_SECTORS[n] + " tỉnh " + province[1];
                String type = name.contains("Khu công nghiệp") ? "ZONE_UNION" : "SECTOR_UNION";
                upper.add(child(p, "%s-N%02d".formatted(province[0], n + 1), name, type, nextId, all));
            }
        }
        for (String[] sector : Vocabulary.CENTRAL_SECTORS) {
            U c = child(root, sector[0], sector[1], "CENTRAL_SECTOR_UNION", nextId, all);
            int n = 8 + random.nextInt(12);
            for (int i = 1; i <= n; i++) {
                upper.add(child(c, "%s-%02d".formatted(sector[0], i), "Công đoàn cấp trên cơ sở " + Vocabulary.placeName(random),
                        "SECTOR_UNION", nextId, all));
            }
        }
        for (String[] corporation : Vocabulary.CORPORATIONS) {
            U c = child(root, corporation[0], corporation[1], "CORPORATION_UNION", nextId, all);
            int n = 6 + random.nextInt(10);
            for (int i = 1; i <= n; i++) {
                upper.add(child(c, "%s-%02d".formatted(corporation[0], i), "Công đoàn Tổng công ty "
                        + Vocabulary.pick(random, Vocabulary.COMPANY_WORDS), "CORPORATION_UNION", nextId, all));
            }
        }
        U laiChau = root.children.stream().filter(u -> u.code.equals("LCH")).findFirst().orElseThrow();
        upper.addAll(laiChau.children);

        long grassroots = Math.max(upper.size(), Math.round(UNITS_NATIONAL * scale) - all.size());
        double[] weights = new double[upper.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 0.3 + random.nextDouble() * 1.4;
            sum += weights[i];
        }
        long given = 0;
        for (int i = 0; i < upper.size(); i++) {
            long n = i == upper.size() - 1 ? grassroots - given : Math.max(1, Math.round(grassroots * weights[i] / sum));
            n = Math.max(1, Math.min(n, grassroots - given - (upper.size() - 1 - i)));
            given += n;
            U parent = upper.get(i);
            for (int g = 1; g <= n; g++) {
                String kind = Vocabulary.pick(random, Vocabulary.GRASSROOTS_KINDS);
                String name = "CĐCS " + kind + " " + (kind.startsWith("Công ty") || kind.equals("Nhà máy") || kind.equals("Xí nghiệp")
                        ? Vocabulary.pick(random, Vocabulary.COMPANY_WORDS) : Vocabulary.placeName(random));
                child(parent, "%s-%04d".formatted(parent.code, g), name, "GRASSROOTS", nextId, all);
            }
        }
        return root;
    }

    private static boolean isCity(String code) {
        return code.equals("HNI") || code.equals("HPG") || code.equals("DNG") || code.equals("CTO");
    }

    private static U child(U parent, String code, String name, String type, long[] nextId, List<U> all) {
        U u = new U();
        u.id = nextId[0]++;
        u.code = code;
        u.name = name;
        u.type = type;
        u.parent = parent;
        u.path = parent.path + u.id + "/"; // as unit_maintain_path(): parent's path || id || '/'
        u.depth = parent.depth + 1;
        parent.children.add(u);
        all.add(u);
        return u;
    }

    /**
     * Grassroots targets are drawn; every parent's target is the sum of its children's (the MUST_EQUAL rule),
     * except under Lai Châu's reference units, whose targets are given and split over their new grassroots unions.
     */
    private void assignTargets(U root) throws SQLException {
        Map<Long, int[]> given = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "select q.unit_id, p.code, q.target from quota q join period p on p.id = q.period_id where p.program_id = " + programId)) {
            while (r.next()) {
                int[] t = given.computeIfAbsent(r.getLong(1), k -> new int[2]);
                if (r.getString(2).equals("GD1")) {
                    t[0] = r.getInt(3);
                } else if (r.getString(2).equals("GD2")) {
                    t[1] = r.getInt(3);
                }
            }
        }
        sumTargets(root, given);
    }

    private void sumTargets(U u, Map<Long, int[]> given) {
        int[] fixed = given.get(u.id);
        if (fixed != null) {
            u.gd1 = fixed[0];
            u.gd2 = fixed[1];
            if (!u.children.isEmpty() && u.children.stream().noneMatch(c -> c.existing)) {
                split(u.children, u.gd1, true);
                split(u.children, u.gd2, false);
            }
            for (U c : u.children) {
                if (c.existing) {
                    sumTargets(c, given);
                }
            }
            return;
        }
        if (u.children.isEmpty()) {
            u.gd1 = 1 + random.nextInt(7);
            u.gd2 = 1 + random.nextInt(7);
            return;
        }
        u.gd1 = 0;
        u.gd2 = 0;
        for (U c : u.children) {
            sumTargets(c, given);
            u.gd1 += c.gd1;
            u.gd2 += c.gd2;
        }
    }

    private static void split(List<U> children, int total, boolean first) {
        int k = children.size();
        for (int i = 0; i < k; i++) {
            int share = total / k + (i < total % k ? 1 : 0);
            if (first) {
                children.get(i).gd1 = share;
            } else {
                children.get(i).gd2 = share;
            }
        }
    }

    private void copyUnits(List<U> created) throws SQLException {
        Copy copy = new Copy(db, "copy unit (id, code, name, search_name, type, parent_id, path, depth, valid_from, valid_to, version) from stdin");
        for (U u : created) {
            copy.col(u.id).col(u.code).col(u.name).col(SearchText.fold(u.code, u.name)).col(u.type).col(u.parent.id)
                    .col(u.path).col(u.depth).col(UNITS_VALID_FROM).nul().col(0).row();
        }
        copy.end();
    }

    private void copyQuotas(List<U> all) throws SQLException {
        long id = Math.max(single("select coalesce(max(id), 0) from quota"), single("select last_value from quota_seq")) + 1000;
        Copy copy = new Copy(db, "copy quota (id, period_id, unit_id, target, version) from stdin");
        long gd1 = periodIds.get("GD1");
        long gd2 = periodIds.get("GD2");
        long whole = periodIds.get("2022-2023");
        for (U u : all) {
            if (u.existing && !u.code.equals("TLD")) {
                continue; // Lai Châu's own quotas stay as the reference data wrote them
            }
            copy.col(id++).col(gd1).col(u.id).col(u.gd1).col(0).row();
            copy.col(id++).col(gd2).col(u.id).col(u.gd2).col(0).row();
            copy.col(id++).col(whole).col(u.id).col(u.gd1 + u.gd2).col(0).row();
        }
        copy.end();
        // the sheets whose allocation has been written: every parent, and the top (TLD, now above Lai Châu)
        long sheetId = Math.max(single("select coalesce(max(id), 0) from quota_sheet"), single("select last_value from quota_sheet_seq")) + 1000;
        Copy sheets = new Copy(db, "copy quota_sheet (id, program_id, unit_id, updated_at, version) from stdin");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (U u : all) {
            if (!u.children.isEmpty() && !u.code.equals("LCH")) {
                sheets.col(sheetId++).col(programId).col(u.id).col(now).col(1).row();
            }
        }
        sheets.end();
    }

    // ---------------------------------------------------------------- initiatives

    private void copyInitiatives(List<U> all, long count) throws SQLException {
        // who reports: grassroots unions mostly, in proportion to their targets; upper units file some themselves
        List<U> reporters = new ArrayList<>();
        for (U u : all) {
            if (u.depth == 0) {
                continue;
            }
            u.weight = u.children.isEmpty() ? (u.gd1 + u.gd2) * (0.4 + random.nextDouble() * 1.2) : 0.6;
            reporters.add(u);
        }
        double[] cumulative = new double[reporters.size()];
        double total = 0;
        for (int i = 0; i < reporters.size(); i++) {
            total += reporters.get(i).weight;
            cumulative[i] = total;
        }
        long firstId = Math.max(1000, single("select coalesce(max(id), 0) from initiative") + 1000);
        long authorId = Math.max(1000, single("select coalesce(max(id), 0) from initiative_author") + 1000);
        long eventId = Math.max(1000, single("select coalesce(max(id), 0) from initiative_event") + 1000);
        // since V4 each event also keeps what the counting needs as it was then
        boolean eventSnapshots = single("select count(*) from information_schema.columns where table_name = 'initiative_event'"
                + " and column_name = 'first_applied_on'") > 0;
        boolean reviewSnapshots = single("select count(*) from information_schema.columns where table_name = 'initiative_event'"
                + " and column_name = 'grade'") > 0;
        String eventCopy = "copy initiative_event (id, initiative_id, from_status, to_status, actor, at, reason"
                + (eventSnapshots ? ", program_id, unit_id, first_applied_on, estimated_value_vnd" : "")
                + (reviewSnapshots ? ", field, solution_type, impact_level, grade" : "") + ") from stdin";
        Map<Long, Integer> receipts = new HashMap<>();
        String initiativeCopy = "copy initiative (id, program_id, unit_id, title, summary, solution_type, field, first_applied_on,"
                + " status, search_text, created_at, updated_at, version, created_by, addressee, funder, filed_on,"
                + " estimated_value_vnd, folded_title, receipt_number, submitted_on, recognition_body, decision_number,"
                + " decision_date, impact_level, grade, refusal_reasons) from stdin";
        String authorCopy = "copy initiative_author (id, initiative_id, position, full_name, birth_date, workplace, job_title,"
                + " qualification, contribution_percent, union_member) from stdin";
        int batch = 50_000;
        long done = 0;
        long gd1Days = gd1End.toEpochDay() - gd1Start.toEpochDay() + 1;
        long gd2Days = gd2End.toEpochDay() - gd2Start.toEpochDay() + 1;
        LocalDate lastFiling = gd2End.plusMonths(3);
        while (done < count) {
            long n = Math.min(batch, count - done);
            Copy initiatives = new Copy(db, initiativeCopy);
            Copy authors = new Copy(db, null);
            Copy events = new Copy(db, null);
            for (long k = 0; k < n; k++) {
                long id = firstId + done + k;
                int pick = java.util.Arrays.binarySearch(cumulative, random.nextDouble() * total);
                U unit = reporters.get(pick < 0 ? -pick - 1 : pick);
                boolean firstPhase = random.nextInt(100) < 45;
                LocalDate start = firstPhase ? gd1Start : gd2Start;
                long days = firstPhase ? gd1Days : gd2Days;
                // a third of the filings crowd into the last month before a phase ends
                LocalDate applied = random.nextInt(3) == 0
                        ? start.plusDays(days - 1 - random.nextInt(30))
                        : start.plusDays(random.nextLong(days));
                String status = status();
                String title = Vocabulary.title(random);
                String summary = Vocabulary.summary(random);
                int authorCount = random.nextInt(10) < 5 ? 1 : random.nextInt(10) < 6 ? 2 : 3;
                int[] shares = authorCount == 1 ? new int[]{100} : authorCount == 2
                        ? (random.nextBoolean() ? new int[]{60, 40} : new int[]{50, 50}) : new int[]{50, 30, 20};
                String[] names = new String[authorCount];
                for (int a = 0; a < authorCount; a++) {
                    names[a] = Vocabulary.personName(random);
                    authors.col(authorId++).col(id).col(a).col(names[a])
                            .col(LocalDate.of(1965 + random.nextInt(36), 1 + random.nextInt(12), 1 + random.nextInt(28)))
                            .col(unit.name).col(Vocabulary.pick(random, Vocabulary.JOB_TITLES))
                            .colOrNull(Vocabulary.pick(random, Vocabulary.QUALIFICATIONS)).col(shares[a])
                            .col(random.nextInt(20) != 0).row();
                }
                LocalDate filed = applied.plusDays(random.nextInt(90));
                if (filed.isAfter(lastFiling)) {
                    filed = lastFiling;
                }
                boolean submitted = !status.equals("DRAFT");
                boolean decided = status.equals("RECOGNISED") || status.equals("VALID") || status.equals("REFUSED");
                boolean recognised = status.equals("RECOGNISED") || status.equals("VALID");
                LocalDate decisionDate = decided ? filed.plusDays(10 + random.nextInt(80)) : null;
                OffsetDateTime created = LocalDateTime.of(filed, java.time.LocalTime.of(8, 0))
                        .plusSeconds(random.nextInt(9 * 3600)).atOffset(ZoneOffset.ofHours(7));
                OffsetDateTime updated = decisionDate != null
                        ? LocalDateTime.of(decisionDate, java.time.LocalTime.of(9, 0)).plusSeconds(random.nextInt(8 * 3600)).atOffset(ZoneOffset.ofHours(7))
                        : created.plusMinutes(random.nextInt(60 * 24 * 5));
                String value = random.nextInt(10) < 6 ? Long.toString(1_000_000L * (1 + random.nextInt(500))) : null;
                String filer = random.nextInt(3) == 0 ? null : "doanvien." + unit.code.toLowerCase();
                // picked here, in the order the row below used to pick them: the same seed gives the same dataset
                String solutionType = Vocabulary.pick(random, SOLUTION_TYPES);
                String field = Vocabulary.pick(random, FIELDS);
                String impact = recognised ? Vocabulary.pick(random, IMPACT) : null;
                String grade = recognised ? Vocabulary.pick(random, GRADES) : null;
                // the lifecycle that led to the status: DRAFT, submitted, council, union check
                List<String[]> chain = new ArrayList<>();
                chain.add(new String[]{null, "DRAFT", null});
                if (submitted) {
                    chain.add(new String[]{"DRAFT", "SUBMITTED", null});
                }
                switch (status) {
                    case "UNDER_REVIEW" -> chain.add(new String[]{"SUBMITTED", "UNDER_REVIEW", null});
                    case "RETURNED" -> {
                        chain.add(new String[]{"SUBMITTED", "UNDER_REVIEW", null});
                        chain.add(new String[]{"UNDER_REVIEW", "RETURNED", "Đề nghị bổ sung minh chứng hiệu quả áp dụng."});
                    }
                    case "RECOGNISED", "REFUSED", "VALID" -> {
                        chain.add(new String[]{"SUBMITTED", "UNDER_REVIEW", null});
                        chain.add(new String[]{"UNDER_REVIEW", status.equals("REFUSED") ? "REFUSED" : "RECOGNISED",
                                status.equals("REFUSED") ? "Chưa chứng minh được hiệu quả áp dụng thực tế." : null});
                        if (status.equals("VALID")) {
                            chain.add(new String[]{"RECOGNISED", "VALID", null});
                        }
                    }
                    default -> { }
                }
                long span = Math.max(1, updated.toEpochSecond() - created.toEpochSecond());
                for (int e = 0; e < chain.size(); e++) {
                    OffsetDateTime at = e == 0 ? created : e == chain.size() - 1 ? updated
                            : created.plusSeconds(span * e / (chain.size() - 1));
                    events.col(eventId++).col(id).colOrNull(chain.get(e)[0]).col(chain.get(e)[1])
                            .col(e == 0 && filer != null ? filer : "admin.demo").col(at).colOrNull(chain.get(e)[2]);
                    if (eventSnapshots) {
                        events.col(programId).col(unit.id).col(applied).colOrNull(value);
                    }
                    if (reviewSnapshots) { // V32: what review reports break down by; impact and grade once decided
                        boolean decidedStep = chain.get(e)[1].equals("RECOGNISED") || chain.get(e)[1].equals("VALID");
                        events.col(field).col(solutionType).colOrNull(decidedStep ? impact : null)
                                .colOrNull(decidedStep ? grade : null);
                    }
                    events.row();
                }
                String receipt = null;
                if (submitted) {
                    int year = filed.getYear();
                    int last = receipts.merge(unit.id * 10_000 + year, 1, Integer::sum);
                    receipt = "SK-%s-%d-%04d".formatted(unit.code, year, last);
                }
                initiatives.col(id).col(programId).col(unit.id).col(title).col(summary)
                        .col(solutionType).col(field).col(applied)
                        .col(status).col(SearchText.fold(title, summary, String.join(" ", names)))
                        .col(created).col(updated).col(0)
                        .colOrNull(filer)
                        .col("Hội đồng sáng kiến " + unit.name).colOrNull(random.nextInt(4) == 0 ? unit.name : null)
                        .col(filed).colOrNull(value)
                        .col(SearchText.fold(title)).colOrNull(receipt).colOrNull(submitted ? filed : null)
                        .colOrNull(decided ? "Hội đồng sáng kiến " + unit.name : null)
                        .colOrNull(decided ? (1 + random.nextInt(900)) + "/QĐ-" + unit.code : null).colOrNull(decisionDate)
                        .colOrNull(impact).colOrNull(grade)
                        .colOrNull(status.equals("REFUSED") ? "Chưa chứng minh được hiệu quả áp dụng thực tế." : null).row();
            }
            initiatives.end();
            authors.endAs(authorCopy);
            events.endAs(eventCopy);
            done += n;
            if (done % 200_000 == 0 || done == count) {
                log("  %d / %d initiatives", done, count);
            }
        }
        Copy counters = new Copy(db, "copy receipt_counter (unit_id, year, last) from stdin");
        for (Map.Entry<Long, Integer> e : receipts.entrySet()) {
            counters.col(e.getKey() / 10_000).col(e.getKey() % 10_000).col(e.getValue()).row();
        }
        counters.end();
    }

    private String status() {
        int roll = random.nextInt(100);
        for (int i = 0; i < STATUSES.length; i++) {
            roll -= STATUS_PERCENT[i];
            if (roll < 0) {
                return STATUSES[i];
            }
        }
        return STATUSES[STATUSES.length - 1];
    }

    // ---------------------------------------------------------------- helpers

    private long single(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    /** Rows in COPY's text format, sent in blocks of a few MB. */
    static final class Copy {
        private final Connection db;
        private String sql;
        private final StringBuilder row = new StringBuilder(1024);
        private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream(1 << 23);
        private final List<byte[]> blocks = new ArrayList<>();
        private CopyIn in;

        Copy(Connection db, String sql) {
            this.db = db;
            this.sql = sql;
        }

        Copy col(Object value) {
            Text.field(row, value);
            return this;
        }

        Copy colOrNull(Object value) {
            return value == null ? nul() : col(value);
        }

        Copy nul() {
            Text.field(row, null);
            return this;
        }

        void row() throws SQLException {
            row.append('\n');
            byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
            buffer.write(bytes, 0, bytes.length);
            row.setLength(0);
            if (buffer.size() > (1 << 22)) {
                flush();
            }
        }

        private void flush() throws SQLException {
            if (buffer.size() == 0) {
                return;
            }
            if (sql == null) { // no statement yet: keep the block (a second COPY cannot run while another is open)
                blocks.add(buffer.toByteArray());
            } else {
                if (in == null) {
                    in = db.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
                }
                byte[] bytes = buffer.toByteArray();
                in.writeToCopy(bytes, 0, bytes.length);
            }
            buffer.reset();
        }

        void end() throws SQLException {
            flush();
            if (in == null) {
                in = db.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            }
            in.endCopy();
        }

        void endAs(String statement) throws SQLException {
            flush();
            this.sql = statement;
            CopyIn copy = db.unwrap(PGConnection.class).getCopyAPI().copyIn(statement);
            for (byte[] block : blocks) {
                copy.writeToCopy(block, 0, block.length);
            }
            copy.endCopy();
        }
    }

    /** Rows in COPY's text format kept in memory, to be sent later as they are. */
    static final class Text {
        private final StringBuilder row = new StringBuilder(1024);
        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 20);

        /** Appends one field (null: \N), escaping what would end a field or a row. */
        static void field(StringBuilder row, Object value) {
            if (!row.isEmpty()) {
                row.append('\t');
            }
            if (value == null) {
                row.append("\\N");
                return;
            }
            String text = value.toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> row.append("\\\\");
                    case '\t' -> row.append("\\t");
                    case '\n' -> row.append("\\n");
                    case '\r' -> row.append("\\r");
                    default -> row.append(c);
                }
            }
        }

        Text col(Object value) {
            field(row, value);
            return this;
        }

        Text colOrNull(Object value) {
            return col(value);
        }

        void row() {
            row.append('\n');
            byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
            out.write(bytes, 0, bytes.length);
            row.setLength(0);
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
