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
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Years of traffic in compressed time, on PostgreSQL (bench/retention.sh): each simulated step (a month, or
 * {@code bench.retention.daysPerStep} days) submits {@code bench.retention.perMonth} applications through the API (70% accepted straight away, 30% rejected straight
 * away by classification), and the relationships of {@code bench.retention.closingPercent}% of the investors end
 * (recorded through the API). Then the clock moves a month: every stored time the retention and the engine's history
 * cleanup look at goes 30 days back (the applications' decisions and drop-offs, the recorded relationship ends, and
 * the removal time of every row of the engine's history). Then the retention job runs (applications that never made
 * an investor kept 90 days, investors five years after their relationship ended, as the law says), and so does the
 * engine's history cleanup (finished flows kept 180 days). Prints, per month, the sizes of the database, of the
 * engine's history and of the document store, and how many applications are kept and erased. Prints lines
 * "BENCH ..."; asserts nothing about the figures.
 */
class RetentionBenchmark extends IntegrationTestSupport {

    private static final int PER_MONTH = Integer.getInteger("bench.retention.perMonth", 300);
    private static final int MONTHS = Integer.getInteger("bench.retention.months", 12);
    private static final int CLOSING_PERCENT = Integer.getInteger("bench.retention.closingPercent", 2);
    /** How long one step of the simulation is: 30 days by default, a quarter to cover years in a short run. */
    private static final int DAYS_PER_STEP = Integer.getInteger("bench.retention.daysPerStep", 30);
    private static final int CLIENTS = 4;
    private static final Path STORE = Path.of("target/documents");

    @Autowired
    private ApplicationRetention retention;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private HistoryService engineHistory;
    @Autowired
    private ManagementService engineManagement;

    @Test
    void aYearOfTraffic() throws Exception {
        configure();
        System.out.println("BENCH retention: " + PER_MONTH + " applications every " + DAYS_PER_STEP
                + " days (70% accepted, 30% rejected), "
                + CLOSING_PERCENT + "% of the investors' relationships end each step; non-investors kept 90 days, "
                + "investors five years after the end, the engine's history 180 days");
        System.out.println("BENCH month | database MB | engine history MB | documents MB | document files "
                + "| applications kept | erased");
        for (int month = DAYS_PER_STEP / 30; month <= MONTHS; month += DAYS_PER_STEP / 30) {
            submitAMonth();
            relationshipsEnd();
            monthPasses();
            var run = retention.eraseDue();
            cleanUpEngineHistory();
            jdbc.sql("vacuum analyze").update();
            System.out.printf("BENCH %5d | %11.1f | %17.1f | %12.2f | %14d | %17d | %6d (this month %d)%n", month,
                    jdbc.sql("select pg_database_size(current_database())").query(Long.class).single() / 1e6,
                    engineHistoryBytes() / 1e6, storeBytes() / 1e6, storeFiles(),
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

    /** Some investors close their folios; an IT admin records it, as he would. */
    private void relationshipsEnd() {
        List<String> pans = jdbc.sql("""
                select distinct pan from investor_application a where status = 'ACCEPTED' and erased_at is null
                and not exists (select 1 from investor_relationship_end e where e.pan = a.pan)
                """).query(String.class).list();
        int closing = pans.size() * CLOSING_PERCENT / 100;
        java.util.Collections.shuffle(pans, new java.util.Random(pans.size()));
        for (String pan : pans.subList(0, closing)) {
            var recorded = post(ADMIN, "/api/retention/relationship-ends", Map.of("pan", pan,
                    "endedOn", java.time.LocalDate.now().toString(), "reason", "Folio closed"));
            assertThat(recorded.getStatusCode().value()).as(recorded.getBody()).isEqualTo(201);
        }
    }

    /** A step's days go by: every time the retention and the engine's history cleanup look at moves back. */
    private void monthPasses() {
        jdbc.sql("""
                update investor_application set submitted_at = submitted_at - interval '%1$d days',
                    decided_at = decided_at - interval '%1$d days',
                    dropped_off_at = dropped_off_at - interval '%1$d days'
                """.formatted(DAYS_PER_STEP)).update();
        jdbc.sql("update investor_relationship_end set ended_on = ended_on - " + DAYS_PER_STEP).update();
        for (String table : engineHistoryTables()) {
            jdbc.sql("update " + table + " set removal_time_ = removal_time_ - interval '" + DAYS_PER_STEP + " days'"
                    + " where removal_time_ is not null").update();
        }
    }

    /** The engine's tables whose rows carry a removal time (its history, and the byte arrays that belong to it). */
    private List<String> engineHistoryTables() {
        return jdbc.sql("""
                select table_name from information_schema.columns
                where table_schema = current_schema() and column_name = 'removal_time_'
                """).query(String.class).list();
    }

    private long engineHistoryBytes() {
        return jdbc.sql("""
                select coalesce(sum(pg_total_relation_size(quote_ident(table_name))), 0) from information_schema.tables
                where table_schema = current_schema() and table_name like 'act_hi_%'
                """).query(Long.class).single();
    }

    /** The engine's own cleanup, now rather than in its nightly window, until a run removes nothing more. */
    private void cleanUpEngineHistory() {
        for (int round = 0; round < 50; round++) {
            long before = engineHistory.createHistoricProcessInstanceQuery().count();
            Job job = engineHistory.cleanUpHistoryAsync(true);
            try {
                engineManagement.executeJob(job.getId());
            } catch (OptimisticLockingException jobExecutorRanItMeanwhile) {
                // The job executor picked the same cleanup job up; its run counts as well.
            }
            if (engineHistory.createHistoricProcessInstanceQuery().count() == before) {
                return;
            }
        }
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
