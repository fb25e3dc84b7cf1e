package vn.congdoan.sangkien.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Load from Debian's wrk (C, event loop) rather than from Java threads: on 2 cores the client shares the CPU with the
 * backend and PostgreSQL, and pgbench, which the by-id figure is compared with, is a C client too. Closed loop like
 * pgbench: C connections over 2 threads, each sending its next request when the previous one answered.
 */
final class WrkLoad {

    /** Distinct paths handed to wrk; it cycles through them (random ids are drawn here, once). */
    private static final int PATHS = 200_000;

    record Result(long requests, long errors, double seconds, long p50Us, long p95Us, long p99Us, long maxUs) {
    }

    private final Path work;
    private final ObjectMapper json = new ObjectMapper();

    WrkLoad(Path work) {
        this.work = work;
    }

    static boolean available() {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() <= 1;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** A warm-up run whose figures are dropped, then the measured one. */
    Result run(String base, String token, Function<Integer, String> path, int concurrency, int warmup, int duration)
            throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path script = work.resolve("wrk-paths.lua");
        try (InputStream lua = WrkLoad.class.getResourceAsStream("/wrk-paths.lua")) {
            Files.write(script, lua.readAllBytes());
        }
        Path paths = work.resolve("paths.txt");
        List<String> lines = new ArrayList<>(PATHS);
        for (int i = 0; i < PATHS; i++) {
            lines.add(path.apply(i));
        }
        Files.write(paths, lines, StandardCharsets.UTF_8);
        wrk(base, token, script, paths, concurrency, warmup);
        return wrk(base, token, script, paths, concurrency, duration);
    }

    private Result wrk(String base, String token, Path script, Path paths, int concurrency, int seconds)
            throws IOException, InterruptedException {
        int threads = Math.min(2, concurrency);
        ProcessBuilder builder = new ProcessBuilder("wrk", "-t" + threads, "-c" + concurrency, "-d" + seconds + "s",
                "--timeout", "120s", "-s", script.toString(), base).redirectErrorStream(true);
        builder.environment().put("BENCH_PATHS", paths.toString());
        builder.environment().put("BENCH_TOKEN", token);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + output);
        }
        String line = output.lines().filter(l -> l.startsWith("BENCH_RESULT ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no result from wrk: " + output));
        JsonNode r = json.readTree(line.substring("BENCH_RESULT ".length()));
        return new Result(r.get("requests").asLong(), r.get("non_2xx").asLong() + r.get("socket_errors").asLong(),
                r.get("duration_us").asLong() / 1e6, r.get("p50_us").asLong(), r.get("p95_us").asLong(),
                r.get("p99_us").asLong(), r.get("max_us").asLong());
    }
}
