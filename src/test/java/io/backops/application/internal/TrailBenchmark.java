package io.backops.application.internal;

import com.zaxxer.hikari.HikariDataSource;
import io.backops.identity.internal.SecurityAuditChainBackfill;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Figures for the hash chains on PostgreSQL (bench/trail.sh, fresh database): timeline appends per second with 8
 * writers on 8 different applications and with 8 writers on one application (which must take turns on its head
 * row), and how fast verify walks the chains. Prints lines "BENCH ..."; asserts nothing.
 */
class TrailBenchmark {

    private static final int APPLICATIONS = Integer.getInteger("bench.trail.applications", 5_000);
    private static final int ENTRIES = Integer.getInteger("bench.trail.entries", 10);
    private static final int WRITERS = 8;

    @Test
    void appendAndVerify() throws Exception {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(System.getenv("BACKOPS_DB_URL"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(WRITERS + 2);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                .javaMigrations(new SecurityAuditChainBackfill(), new TimelineChainBackfill()).load().migrate();
        var jdbc = new JdbcTemplate(dataSource);
        var chain = new TimelineChain(JdbcClient.create(dataSource), dataSource);
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < APPLICATIONS; i++) {
            rows.add(new Object[] {"BENCH-" + i, OffsetDateTime.now()});
        }
        jdbc.batchUpdate("""
                insert into investor_application (id, distributor_arn, amc, application_type, applicant_name, pan,
                    date_of_birth, applicant, status, kra_status, submitted_at, version)
                values (?, 'ARN-1', 'AMC', 'NEW', 'A', 'ABCPE1234F', date '1990-01-01', '{}', 'PENDING', 'NOT_SUBMITTED', ?, 0)
                """, rows);

        // Each writer owns every 8th application: no two ever wait for one head.
        double spread = appendsPerSecond(WRITERS, APPLICATIONS * ENTRIES, writer -> () -> {
            for (int e = 0; e < ENTRIES; e++) {
                for (int a = writer; a < APPLICATIONS; a += WRITERS) {
                    String id = "BENCH-" + a;
                    transactions.executeWithoutResult(s -> chain.append(id, "bench", "NOTE_ADDED", null, null, "x", null));
                }
            }
            return null;
        });
        System.out.printf("BENCH trail appends, %d writers on different applications: %.0f/s (%d entries)%n",
                WRITERS, spread, APPLICATIONS * ENTRIES);

        int onOne = 4_000;
        double contended = appendsPerSecond(WRITERS, onOne, writer -> () -> {
            for (int e = 0; e < onOne / WRITERS; e++) {
                transactions.executeWithoutResult(s -> chain.append("BENCH-0", "bench", "NOTE_ADDED", null, null, "x", null));
            }
            return null;
        });
        System.out.printf("BENCH trail appends, %d writers on one application: %.0f/s (%d entries)%n",
                WRITERS, contended, onOne);

        var snapshot = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            var report = snapshot.execute(s -> chain.verify());
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("BENCH trail verify, run %d: %d entries in %d chains, %.2f s, %.0f entries/s, verified %s%n",
                    run, report.entries(), report.chains(), seconds, report.entries() / seconds, report.verified());
        }
        dataSource.close();
    }

    private static double appendsPerSecond(int writers, int total, java.util.function.IntFunction<Callable<Void>> work)
            throws Exception {
        var pool = Executors.newFixedThreadPool(writers);
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            tasks.add(work.apply(w));
        }
        long start = System.nanoTime();
        for (var done : pool.invokeAll(tasks)) {
            done.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        return total / seconds;
    }
}
