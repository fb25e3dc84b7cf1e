package vn.congdoan.sangkien.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A submit's latency (issue 18: what writing its outbox event costs): drafts are created first (not measured), then
 * submitted by C clients in a closed loop, each submit timed from request to answer. Java's HTTP client, as the
 * soak's writes: each submit needs the draft's id and version from its creation, which wrk's fixed paths cannot carry.
 */
final class SubmitLatency {

    private final HttpClient http;
    private final URI base;
    private final Supplier<String> token;
    private final ObjectMapper json = new ObjectMapper();

    SubmitLatency(HttpClient http, URI base, Supplier<String> token) {
        this.http = http;
        this.base = base;
        this.token = token;
    }

    /** {@code count} drafts in {@code unitCode}, submitted by {@code concurrency} clients; the first fifth not counted. */
    ObjectNode measure(String unitCode, int count, int concurrency) throws Exception {
        String nonce = Long.toString(System.currentTimeMillis(), 36);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            ConcurrentLinkedQueue<long[]> drafts = new ConcurrentLinkedQueue<>();
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> creators = new ArrayList<>();
            for (int c = 0; c < concurrency; c++) {
                creators.add(pool.submit(() -> {
                    SplittableRandom random = new SplittableRandom();
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        JsonNode created = send("POST", "/api/v1/initiatives", Vocabulary.draft(json, random, unitCode, "nộp thử " + nonce + " số " + i), 201);
                        drafts.add(new long[]{created.path("id").asLong(), created.path("version").asLong()});
                    }
                    return null;
                }));
            }
            for (Future<?> creator : creators) {
                creator.get();
            }
            Harness.log("submit: %d drafts created in %s, now submitted by %d clients", drafts.size(), unitCode, concurrency);
            List<Long> micros = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger done = new AtomicInteger();
            int warmup = count / 5;
            long begin = System.nanoTime();
            List<Future<?>> submitters = new ArrayList<>();
            for (int c = 0; c < concurrency; c++) {
                submitters.add(pool.submit(() -> {
                    for (long[] draft = drafts.poll(); draft != null; draft = drafts.poll()) {
                        long start = System.nanoTime();
                        send("POST", "/api/v1/initiatives/" + draft[0] + "/submit",
                                json.createObjectNode().put("version", draft[1]), 200);
                        if (done.incrementAndGet() > warmup) {
                            micros.add((System.nanoTime() - start) / 1000);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> submitter : submitters) {
                submitter.get();
            }
            double seconds = (System.nanoTime() - begin) / 1e9;
            List<Long> sorted = new ArrayList<>(micros);
            Collections.sort(sorted);
            ObjectNode result = json.createObjectNode();
            result.put("drafts", count);
            result.put("measured", sorted.size());
            result.put("concurrency", concurrency);
            result.put("seconds_all", Math.round(seconds * 10) / 10.0);
            result.put("rps_all", Math.round(count / seconds * 10) / 10.0);
            result.put("p50_ms", ms(sorted, 0.50));
            result.put("p95_ms", ms(sorted, 0.95));
            result.put("max_ms", ms(sorted, 1.0));
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    private static double ms(List<Long> sorted, double quantile) {
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1);
        return Math.round(sorted.get(Math.max(0, index)) / 100.0) / 10.0;
    }

    private JsonNode send(String method, String path, JsonNode body, int expected) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(1))
                .header("Authorization", "Bearer " + token.get()).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }
}
