package io.backops.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.backops.IntegrationTestSupport;
import io.backops.Submissions;
import io.backops.application.ApplicationRetention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A year of traffic in compressed time, on PostgreSQL (bench/retention.sh): each simulated month submits
 * {@code bench.retention.perMonth} applications through the API (70% accepted straight away, 30% rejected straight
 * away by classification), then the clock moves a month (every stored time goes 30 days back) and the retention job
 * runs with a 90-day period for applications that never made an investor. Prints, per month, the database size,
 * the document store's size and files, and how many applications are kept and erased. Prints lines "BENCH ...";
 * asserts nothing about the figures.
 */
class RetentionBenchmark extends IntegrationTestSupport {

    private static final int PER_MONTH = Integer.getInteger("bench.retention.perMonth", 300);
    private static final int MONTHS = Integer.getInteger("bench.retention.months", 12);
    private static final int CLIENTS = 4;
    private static final Path STORE = Path.of("target/documents");

    @Autowired
    private ApplicationRetention retention;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void aYearOfTraffic() throws Exception {
        configure();
        System.out.println("BENCH retention: " + PER_MONTH + " applications a month (70% accepted, 30% rejected), "
                + "non-investors kept 90 days");
        System.out.println("BENCH month | database MB | documents MB | document files | applications kept | erased");
        for (int month = 1; month <= MONTHS; month++) {
            submitAMonth();
            monthPasses();
            var run = retention.eraseDue();
            jdbc.sql("vacuum analyze").update();
            System.out.printf("BENCH %5d | %11.1f | %12.2f | %14d | %17d | %6d (this month %d)%n", month,
                    jdbc.sql("select pg_database_size(current_database())").query(Long.class).single() / 1e6,
                    storeBytes() / 1e6, storeFiles(),
                    jdbc.sql("select count(*) from investor_application where erased_at is null").query(Long.class)
                            .single(),
                    jdbc.sql("select count(*) from investor_application where erased_at is not null")
                            .query(Long.class).single(), run.erased());
        }
    }

    private void configure() {
        @SuppressWarnings("unchecked")
        Map<String, Object> settings = json.convertValue(read(get(ADMIN, "/api/settings")), Map.class);
        settings.put("classification", Map.of("SAFE", "ACCEPTED", "UNCERTAIN", "PENDING", "RISKY", "REJECTED"));
        settings.put("retention", Map.of("notInvestorDays", 90, "legalHolds", List.of()));
        assertThat(put(ADMIN, "/api/settings", settings).getStatusCode().value()).isEqualTo(200);
    }

    private void submitAMonth() throws Exception {
        var pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Callable<Object>> submissions = new java.util.ArrayList<>();
            for (int i = 0; i < PER_MONTH; i++) {
                boolean rejected = i % 10 < 3;
                submissions.add(() -> {
                    Map<String, Object> submission = Submissions.valid(DISTRIBUTOR_ARN, freshPan('1'));
                    if (rejected) {
                        submission.put("checks", new HashMap<>(Map.of("faceMatch", 0.40, "nameMatch", 0.98,
                                "documentForensics", "PASS", "aml", "CLEAR")));
                    }
                    return submit(submission);
                });
            }
            for (var done : pool.invokeAll(submissions)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Thirty days go by: every time the retention looks at moves back. */
    private void monthPasses() {
        jdbc.sql("""
                update investor_application set submitted_at = submitted_at - interval '30 days',
                    decided_at = decided_at - interval '30 days',
                    dropped_off_at = dropped_off_at - interval '30 days'
                """).update();
    }

    private static long storeBytes() throws IOException {
        try (Stream<Path> files = Files.walk(STORE)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static long storeFiles() throws IOException {
        try (Stream<Path> files = Files.walk(STORE)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
