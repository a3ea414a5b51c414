package io.backops.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** What the benchmarks share: clients timed together, percentiles, the HTTP Basic header. */
final class Clients {

    private Clients() {
    }

    /** One timed call of a client. */
    interface Work {
        void call() throws Exception;
    }

    /** Each of {@code clients} makes {@code perClient} calls one after another, all clients starting together. */
    static Samples concurrently(int clients, int perClient, Work work) throws Exception {
        var pool = Executors.newFixedThreadPool(clients);
        var start = new CountDownLatch(1);
        var latencies = new ConcurrentLinkedQueue<Long>();
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perClient; i++) {
                        long begin = System.nanoTime();
                        work.call();
                        latencies.add((System.nanoTime() - begin) / 1_000);
                    }
                    return null;
                }));
            }
            long begin = System.nanoTime();
            start.countDown();
            for (Future<Void> future : futures) {
                future.get();
            }
            var samples = new Samples();
            samples.seconds = (System.nanoTime() - begin) / 1e9;
            samples.micros.addAll(latencies);
            return samples;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The value below which {@code percent} % of the sorted values lie (nearest rank). */
    static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Latencies (microseconds) and wall time of one or more timed turns. */
    static final class Samples {
        private final List<Long> micros = new ArrayList<>();
        private double seconds;

        void add(Samples turn) {
            micros.addAll(turn.micros);
            seconds += turn.seconds;
        }

        int count() {
            return micros.size();
        }

        double seconds() {
            return seconds;
        }

        double perSecond() {
            return micros.size() / seconds;
        }

        long percentileMicros(int percent) {
            List<Long> sorted = new ArrayList<>(micros);
            Collections.sort(sorted);
            return percentile(sorted, percent);
        }

        String describe() {
            return "%.1f p50=%.1fms p95=%.1fms p99=%.1fms (%d in %.1f s)".formatted(perSecond(),
                    percentileMicros(50) / 1000.0, percentileMicros(95) / 1000.0, percentileMicros(99) / 1000.0,
                    micros.size(), seconds);
        }
    }
}
