package io.backops.reporting.internal;

import io.backops.IntegrationTestSupport;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 8's figures (run with {@code bench/mis.sh}, on PostgreSQL, {@code -Xmx256m}): the MIS export of
 * {@code bench.mis.rows} applications (1,000,000 by default) as CSV and as XLSX through the API, rows per second
 * and peak heap; and, as the yardstick, PostgreSQL's own {@code COPY (the same query) TO STDOUT}. Prints, asserts
 * nothing.
 */
class MisExportBenchmark extends IntegrationTestSupport {

    private static final int ROWS = Integer.getInteger("bench.mis.rows", 1_000_000);

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private DataSource dataSource;

    @Test
    void printFigures() throws Exception {
        report("environment", Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB, "
                + jdbc.queryForObject("select version()", String.class).split(",")[0]);
        long begin = System.nanoTime();
        generate(ROWS);
        report("applications generated", "%,d in %.1f s".formatted(
                jdbc.queryForObject("select count(*) from investor_application", Long.class), seconds(begin)));
        for (String format : List.of("csv", "xlsx", "csv")) {
            export(format);
        }
        copyYardstick();
    }

    private void export(String format) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/reports/mis?from=2022-01-01&to=2027-12-31&tz=UTC&format=" + format))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (ADMIN + ":" + ADMIN_PASSWORD).getBytes()))
                .GET().build();
        System.gc();
        resetPeaks();
        long begin = System.nanoTime();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        long bytes;
        try (InputStream body = response.body()) {
            bytes = body.transferTo(OutputStream.nullOutputStream());
        }
        double seconds = seconds(begin);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(format + " export answered " + response.statusCode());
        }
        report("MIS export " + format.toUpperCase(), "%,d rows in %.1f s = %,.0f rows/s, %,d KiB, peak heap %d MiB"
                .formatted(ROWS, seconds, ROWS / seconds, bytes / 1024, peakHeap() / (1024 * 1024)));
    }

    private void copyYardstick() throws Exception {
        String sql = MisQuery.SQL.formatted("").replace("?", "'%s'");
        sql = sql.formatted(OffsetDateTime.of(2022, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                OffsetDateTime.of(2028, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        long begin = System.nanoTime();
        long rows;
        try (Connection connection = dataSource.getConnection()) {
            rows = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyOut("COPY (" + sql + ") TO STDOUT WITH (FORMAT csv)", OutputStream.nullOutputStream());
        }
        double seconds = seconds(begin);
        report("PostgreSQL COPY of the same query", "%,d rows in %.1f s = %,.0f rows/s".formatted(rows, seconds,
                rows / seconds));
    }

    /** Applications in every status across four years, a quarter accepted with a KRA record and one attempt. */
    private void generate(int rows) {
        jdbc.update("insert into distributor (arn, name, enabled) values ('ARN-77777', 'Bench Distributor', true) "
                + "on conflict do nothing");
        jdbc.update("""
                insert into investor_application (id, distributor_arn, amc, application_type, applicant_name, pan,
                    date_of_birth, applicant, status, kra_status, assignee, submitted_at, risk_class, version,
                    decided_at, decided_by, decision_reason)
                select 'APP-2024-' || lpad(g::text, 7, '0'), 'ARN-77777', 'Acme Mutual Fund', 'NEW',
                    'BENCH PERSON ' || g, 'BENPB' || lpad((g % 10000)::text, 4, '0') || chr(65 + (g / 10000) % 26),
                    date '1990-01-01', '{}', (array['PENDING','ACCEPTED','REJECTED','DRAFT'])[1 + g % 4],
                    case when g % 4 = 1 then 'REGISTERED' else 'NOT_PUSHED' end,
                    (array['treviewera','treviewerb','toutsider'])[1 + g % 3],
                    timestamptz '2022-01-01' + g * interval '2 minutes', 'SAFE', 0,
                    case when g % 4 <> 0 then timestamptz '2022-01-01' + g * interval '2 minutes' + interval '5 hours' end,
                    case when g % 4 <> 0 then 'treviewera' end,
                    case when g % 4 = 2 then 'Documents are not legible' end
                from generate_series(1, ?) g
                """, rows);
        jdbc.update("""
                insert into kra_submission (application_id, kra, pan, ack_number, status, updated_at)
                select id, 'CVL', pan, 'ACK' || substr(id, 10), 'REGISTERED', decided_at
                from investor_application where id like 'APP-2024-%' and status = 'ACCEPTED'
                """);
        jdbc.update("""
                insert into kra_attempt (id, application_id, kra, attempted_at, triggered_by, operation, outcome, kra_code)
                select gen_random_uuid()::text, id, 'CVL', decided_at, 'system', 'INQUIRE', 'OK', '005'
                from investor_application where id like 'APP-2024-%' and status = 'ACCEPTED'
                """);
        jdbc.execute("analyze");
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static double seconds(long begin) {
        return (System.nanoTime() - begin) / 1e9;
    }

    private static void report(String what, String figure) {
        System.out.printf("BENCH %-48s %s%n", what, figure);
    }
}
