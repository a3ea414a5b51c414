package io.backops.bench;

import static io.backops.bench.Clients.basic;
import static io.backops.bench.Clients.percentile;

import io.backops.IntegrationTestSupport;
import io.backops.application.internal.TabCounts;
import io.backops.distribution.DistributorManagement;
import io.backops.identity.NewUser;
import io.backops.identity.Role;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 16's figures (run with {@code bench/scale.sh}, on PostgreSQL): the latency of every list query and portal
 * page at 100,000, 1,000,000 and 10,000,000 applications, and how each p95 grows from the first size. The rows are
 * generated inside PostgreSQL (generate_series), the history growing backwards in time at
 * {@value #PER_DAY} applications a day: the newest 100,000 are the same at every size, and each step adds older,
 * finished applications (accepted, rejected, drafts the investor dropped), as years of work would. Open work
 * (pending, awaiting a checker, drafts in progress) lives in the last {@value #OPEN_DAYS} days at every size, as a
 * back office's backlog does. Figures are printed, never asserted.
 */
@TestPropertySource(properties = {
        // The history is years old: the retention job would start erasing it in the middle of the timings.
        "backops.retention.interval=PT1000H",
        "backops.review.kra-poll-interval=PT1H"})
class ScaleBenchmark extends IntegrationTestSupport {

    private static final int PER_DAY = 2_000;
    private static final int OPEN_DAYS = 10;
    private static final List<Long> SIZES = Arrays.stream(System.getProperty("bench.sizes",
            "100000,1000000,10000000").split(",")).map(String::trim).map(Long::parseLong).toList();
    private static final int REPETITIONS = Integer.getInteger("bench.repetitions", 100);
    private static final int WARM_UP = 10;
    /** A query slower than this gets fewer repetitions (at least {@value #MIN_REPETITIONS}), so a run stays short. */
    private static final Duration BUDGET = Duration.ofSeconds(Long.getLong("bench.budget-seconds", 20));
    private static final int MIN_REPETITIONS = 20;
    private static final int CHUNK = 1_000_000;

    private static final List<String> DISTRIBUTORS = List.of(DISTRIBUTOR_ARN, OTHER_DISTRIBUTOR_ARN, "ARN-91001",
            "ARN-91002", "ARN-91003");
    private static final String SCALE_MANAGER = "smanager";
    private static final List<String> SCALE_REVIEWERS = List.of("sreviewer1", "sreviewer2", "sreviewer3", "sreviewer4");
    private static final List<String> ASSIGNEES = List.of(TEAM.get(0), TEAM.get(1), SPARE, OUTSIDER, MANAGER,
            SCALE_REVIEWERS.get(0), SCALE_REVIEWERS.get(1), SCALE_REVIEWERS.get(2), SCALE_REVIEWERS.get(3));
    private static final List<String> AMCS = List.of("Acme Mutual Fund", "Bharat Mutual Fund", "Coastal Mutual Fund",
            "Deccan Mutual Fund", "Everest Mutual Fund", "Frontier Mutual Fund", "Ganga Mutual Fund");
    private static final List<String> FIRST_NAMES = List.of("AARAV", "ADITI", "AKASH", "ANANYA", "ANIL", "ANJALI",
            "ARJUN", "ARUN", "ASHA", "DEEPA", "DEEPAK", "DEVI", "DINESH", "DIVYA", "GANESH", "GAURAV", "GEETA", "HARI",
            "HEMA", "ISHAAN", "JAYA", "KAVYA", "KIRAN", "KRISHNA", "LAKSHMI", "LATA", "MADHU", "MAHESH", "MANOJ", "MEERA",
            "MOHAN", "NAVEEN", "NEHA", "NIKHIL", "NISHA", "PADMA", "PALLAVI", "PANKAJ", "PARVATI", "POOJA", "PRAKASH",
            "PRIYA", "RADHA", "RAHUL", "RAJESH", "RAMESH", "RANI", "RAVI", "REKHA", "ROHAN", "SACHIN", "SANDEEP",
            "SANJAY", "SARITA", "SEEMA", "SHALINI", "SHANTI", "SHIVA", "SHREYA", "SONIA", "SUDHA", "SUNIL", "SUNITA",
            "SURESH", "SWATI", "TARUN", "UMA", "USHA", "VANDANA", "VARUN", "VIJAY", "VIKRAM", "VINOD", "VISHAL",
            "YAMINI", "YASH", "ZARA", "ABHAY", "BHAVNA", "CHETAN");
    private static final List<String> SURNAMES = List.of("AGARWAL", "BANERJEE", "BHAT", "CHATTERJEE", "CHAUHAN",
            "CHOPRA", "DAS", "DESAI", "DUTTA", "GHOSH", "GUPTA", "IYER", "JAIN", "JOSHI", "KAPOOR", "KHAN", "KULKARNI",
            "KUMAR", "MALHOTRA", "MEHTA", "MENON", "MISHRA", "MUKHERJEE", "NAIR", "PANDEY", "PATEL", "PILLAI", "RAO",
            "REDDY", "SAXENA", "SHAH", "SHARMA", "SHETTY", "SINGH", "SINHA", "SRIVASTAVA", "THAKUR", "TIWARI",
            "TRIVEDI", "VERMA", "YADAV", "BOSE", "DUBEY", "GILL", "HEGDE", "KAUR", "KAMATH", "MATHUR", "NAIDU", "OBEROI",
            "PRASAD", "RAJPUT", "SEN", "SETHI", "TANDON", "VARMA", "WAGLE", "ZAVERI", "ARORA", "BAJAJ");

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private DistributorManagement distributors;
    @Autowired
    private TabCounts tabCounts;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** The newest generated application's time, the same at every size (and in a later run on the same rows). */
    private OffsetDateTime newest;

    @Test
    void printFigures() throws Exception {
        report("environment", Runtime.getRuntime().availableProcessors() + " cores, database "
                + jdbc.queryForObject("select version()", String.class).split(",")[0]);
        people();
        newest = jdbc.queryForObject("select max(submitted_at) from investor_application where id like 'APP-____-9%'",
                OffsetDateTime.class);
        if (newest == null) {
            newest = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        }
        Map<String, Map<Long, double[]>> figures = new LinkedHashMap<>();
        long generated = jdbc.queryForObject("select count(*) from investor_application where id like 'APP-____-9%'",
                Long.class);
        for (long size : SIZES) {
            if (size < generated) {
                report("skipped", "size=%d: the database already holds %d generated rows".formatted(size, generated));
                continue;
            }
            if (size > generated) {
                long begin = System.nanoTime();
                generate(generated, size);
                report("generated", "size=%d rows=%d in %.1f s".formatted(size, size - generated, seconds(begin)));
                generated = size;
            }
            rebuildCounters();
            report("applications", "size=%d total=%d".formatted(size,
                    jdbc.queryForObject("select count(*) from investor_application", Long.class)));
            List<Query> queries = queries();
            // Every query a few times before any is timed: the first one timed would otherwise pay for the JIT.
            for (int round = 0; round < WARM_UP; round++) {
                for (Query query : queries) {
                    send(query, request(query));
                }
            }
            for (Query query : queries) {
                double[] p = latencies(query);
                figures.computeIfAbsent(query.name(), any -> new LinkedHashMap<>()).put(size, p);
                System.out.printf("BENCH size=%d query=\"%s\" p50=%.1f p95=%.1f p99=%.1f ms (%d requests)%n", size,
                        query.name(), p[0], p[1], p[2], (int) p[3]);
            }
        }
        ratios(figures);
        explain(SIZES.get(SIZES.size() - 1));
    }

    /** Two more teams and distributors beside the people every test has, so scopes are a share, not everything. */
    private void people() {
        user(new NewUser(SCALE_MANAGER, "Scale Manager", "sm@test.local", null, null, Role.MANAGER, null, null));
        SCALE_REVIEWERS.forEach(name -> user(new NewUser(name, "Reviewer " + name, name + "@test.local", null, null,
                Role.REVIEWER, SCALE_MANAGER, null)));
        DISTRIBUTORS.forEach(arn -> {
            if (distributors.find(arn).isEmpty()) {
                distributors.register(arn, "Distributor " + arn);
            }
        });
    }

    private List<Query> queries() {
        String name = URLEncoder.encode(searchedName(), StandardCharsets.UTF_8);
        String pan = searchedPan();
        String list = "/api/applications?";
        return List.of(
                new Query("list admin All tab", ADMIN, list + "status=ALL"),
                new Query("list admin Pending tab", ADMIN, list + "status=PENDING"),
                new Query("list admin search by name", ADMIN, list + "q=" + name),
                new Query("list admin search by PAN", ADMIN, list + "q=" + pan),
                new Query("list admin oldest first one distributor", ADMIN,
                        list + "sort=submittedAt,asc&distributor=" + DISTRIBUTOR_ARN),
                new Query("list admin Awaiting approval tab", ADMIN, list + "status=AWAITING_APPROVAL"),
                new Query("list reviewer own Pending tab", TEAM.get(0), list + "status=PENDING"),
                new Query("list reviewer own Pending tab oldest first", TEAM.get(0),
                        list + "status=PENDING&sort=submittedAt,asc"),
                new Query("list manager team Pending tab", MANAGER, list + "status=PENDING"),
                new Query("list manager team Pending tab oldest first", MANAGER,
                        list + "status=PENDING&sort=submittedAt,asc"),
                new Query("list distributor All tab", DISTRIBUTOR_LOGIN, list + "status=ALL"),
                new Query("page applications admin All tab", ADMIN, "/applications?status=ALL"),
                new Query("page applications admin search by name", ADMIN, "/applications?status=ALL&q=" + name),
                new Query("page dashboard admin", ADMIN, "/"),
                new Query("page dashboard manager", MANAGER, "/"),
                new Query("page dashboard reviewer", TEAM.get(0), "/"),
                new Query("api reports summary admin", ADMIN, "/api/reports/summary"),
                new Query("page reports admin", ADMIN, "/reports"));
    }

    /** A full name from the newest rows: present at every size, matching about one row in 384,000. */
    private String searchedName() {
        return jdbc.queryForObject("select applicant_name from investor_application where id = ?", String.class,
                idOf(4_242));
    }

    private String searchedPan() {
        return jdbc.queryForObject("select pan from investor_application where id = ?", String.class, idOf(4_243));
    }

    private String idOf(long g) {
        return jdbc.queryForObject("select 'APP-' || to_char(?::timestamptz - ? * interval '1 second', 'YYYY') || '-9'"
                + " || lpad(?::text, 8, '0')", String.class, newest, g * secondsApart(), g);
    }

    private static double secondsApart() {
        return 86_400.0 / PER_DAY;
    }

    /**
     * Rows {@code from} to {@code to - 1}, row g submitted g × 43.2 s before the newest. The indexes are dropped
     * first and built again after (one sort each instead of millions of inserts into them), then the tables analyzed.
     */
    private void generate(long from, long to) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (Statement sql = connection.createStatement()) {
                sql.execute("set synchronous_commit = off");
                sql.execute("set maintenance_work_mem = '1GB'");
                sql.execute("set max_parallel_maintenance_workers = 1");
                List<String> indexes = jdbc.queryForList("""
                        select indexdef from pg_indexes i
                        where tablename in ('investor_application', 'kra_submission')
                          and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
                        """, String.class);
                List<String> names = jdbc.queryForList("""
                        select indexname from pg_indexes i
                        where tablename in ('investor_application', 'kra_submission')
                          and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
                        """, String.class);
                long begin = System.nanoTime();
                for (String name : names) {
                    sql.execute("drop index " + name);
                }
                for (long start = from; start < to; start += CHUNK) {
                    sql.execute(insert(start, Math.min(to, start + CHUNK) - 1));
                }
                // Breaches already recorded: the breach watch would otherwise record thousands of them (and email
                // their managers) while the first size is timed.
                sql.execute("""
                        insert into application_deadline (application_id, name, started_at, due_at, breach_recorded_at)
                        select id, case when approval_decision is null then 'REVIEW' else 'APPROVAL' end,
                            submitted_at, submitted_at + interval '3 days',
                            case when submitted_at + interval '3 days' < now() then submitted_at + interval '3 days' end
                        from investor_application a where status = 'PENDING' and id like 'APP-____-9%'
                          and not exists (select 1 from application_deadline d where d.application_id = a.id)
                        """);
                report("generated rows", "size=%d in %.1f s".formatted(to, seconds(begin)));
                begin = System.nanoTime();
                for (String index : indexes) {
                    sql.execute(index);
                }
                report("built indexes", "size=%d %d indexes in %.1f s".formatted(to, indexes.size(), seconds(begin)));
                begin = System.nanoTime();
                sql.execute("vacuum analyze investor_application");
                sql.execute("vacuum analyze kra_submission");
                sql.execute("analyze application_deadline");
                report("vacuum analyze", "size=%d in %.1f s".formatted(to, seconds(begin)));
            }
            return null;
        });
    }

    /**
     * One chunk: the application rows and, for accepted ones, their KRA record, in one statement. Which status,
     * person, distributor, AMC and name a row gets comes from hashes of g, so no two of them go together.
     */
    private String insert(long from, long to) {
        String kind = """
                case when g < %1$d then (array['PENDING','PENDING','PENDING','PENDING','PENDING','PENDING','PENDING',
                        'PENDING','AWAITING','DRAFT','DRAFT','ACCEPTED','ACCEPTED','ACCEPTED','ACCEPTED','ACCEPTED',
                        'ACCEPTED','ACCEPTED','REJECTED','REJECTED'])[1 + (hashint8(g) & 2147483647) %% 20]
                     else (array['ACCEPTED','ACCEPTED','ACCEPTED','ACCEPTED','ACCEPTED','ACCEPTED','ACCEPTED',
                        'ACCEPTED','ACCEPTED','ACCEPTED','ACCEPTED','ACCEPTED','ACCEPTED','ACCEPTED','ACCEPTED',
                        'REJECTED','REJECTED','REJECTED','DROPPED','DROPPED'])[1 + (hashint8(g) & 2147483647) %% 20] end
                """.formatted(OPEN_DAYS * PER_DAY);
        return """
                with generated as (
                    select g, at, kind, (%2$s)[1 + (hashint8(g + 1000000000) & 2147483647) %% %3$d] as assignee,
                        (hashint8(g + 2000000000) & 2147483647) %% 100 as dice
                    from (select g, timestamptz '%4$s' - g * interval '%5$s seconds' as at, %6$s as kind
                          from generate_series(%7$d, %8$d) g) s
                ), inserted as (
                    insert into investor_application (id, distributor_arn, amc, application_type, applicant_name, pan,
                        date_of_birth, applicant, status, kra_status, assignee, submitted_at, decided_at, decided_by,
                        decision_reason, risk_class, risk_rule, escalated, approval_decision, approval_maker,
                        approval_requested_at, dropped_off_at, version)
                    select 'APP-' || to_char(at, 'YYYY') || '-9' || lpad(g::text, 8, '0'),
                        (%9$s)[1 + (hashint8(g + 3000000000) & 2147483647) %% %10$d],
                        (%11$s)[1 + (hashint8(g + 4000000000) & 2147483647) %% %12$d],
                        'NEW',
                        (%13$s)[1 + (hashint8(g + 5000000000) & 2147483647) %% %14$d] || ' '
                            || (%13$s)[1 + (hashint8(g + 6000000000) & 2147483647) %% %14$d] || ' '
                            || (%15$s)[1 + (hashint8(g + 7000000000) & 2147483647) %% %16$d],
                        chr(65 + (g %% 26)::int) || chr(65 + (g / 26 %% 26)::int) || chr(65 + (g / 676 %% 26)::int)
                            || 'P' || chr(65 + (g / 17576 %% 26)::int) || lpad((g / 456976 %% 10000)::text, 4, '0')
                            || 'Z',
                        date '1960-01-01' + (g %% 15000)::int,
                        '{}',
                        case kind when 'AWAITING' then 'PENDING' when 'DROPPED' then 'DRAFT' else kind end,
                        case when kind <> 'ACCEPTED' then 'NOT_PUSHED' when dice = 0 then 'FAILED'
                             when dice < 10 then 'VALIDATED' else 'REGISTERED' end,
                        assignee,
                        at,
                        case when kind in ('ACCEPTED', 'REJECTED') then at + (1 + dice %% 72) * interval '1 hour' end,
                        case when kind in ('ACCEPTED', 'REJECTED') then assignee end,
                        case when kind = 'REJECTED' then 'Documents are not legible' end,
                        (array['SAFE','SAFE','SAFE','UNCERTAIN','RISKY'])[1 + dice %% 5],
                        'bench',
                        kind = 'PENDING' and dice < 5,
                        case when kind = 'AWAITING' then 'ACCEPT' end,
                        case when kind = 'AWAITING' then assignee end,
                        case when kind = 'AWAITING' then at + interval '2 hours' end,
                        case when kind = 'DROPPED' then at + interval '30 days' end,
                        0
                    from generated
                    returning id, pan, kra_status, decided_at
                )
                insert into kra_submission (application_id, kra, pan, ack_number, status, status_reason, updated_at)
                select id, 'CVL', pan, 'ACK' || substr(id, 11), kra_status,
                    case when kra_status = 'FAILED' then 'PAN not found' end, decided_at + interval '1 hour'
                from inserted where kra_status <> 'NOT_PUSHED'
                """.formatted(0, array(ASSIGNEES), ASSIGNEES.size(), newest, secondsApart(), kind, from, to,
                array(DISTRIBUTORS), DISTRIBUTORS.size(), array(AMCS), AMCS.size(), array(FIRST_NAMES),
                FIRST_NAMES.size(), array(SURNAMES), SURNAMES.size());
    }

    private static String array(List<String> values) {
        return "array[" + values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(",")) + "]";
    }

    /** The tab counters (V27) are counted again: the rows were written around the application. */
    private void rebuildCounters() {
        long begin = System.nanoTime();
        tabCounts.rebuild();
        report("counters", "rebuilt in %.1f s".formatted(seconds(begin)));
    }

    /** p50, p95, p99 in ms and the number of requests. */
    private double[] latencies(Query query) throws Exception {
        var request = request(query);
        for (int i = 0; i < WARM_UP; i++) {
            send(query, request);
        }
        List<Long> micros = new ArrayList<>();
        long deadline = System.nanoTime() + BUDGET.toNanos();
        while (micros.size() < REPETITIONS && (micros.size() < MIN_REPETITIONS || System.nanoTime() < deadline)) {
            long begin = System.nanoTime();
            send(query, request);
            micros.add((System.nanoTime() - begin) / 1_000);
        }
        Collections.sort(micros);
        return new double[] {percentile(micros, 50) / 1000.0, percentile(micros, 95) / 1000.0,
                percentile(micros, 99) / 1000.0, micros.size()};
    }

    private HttpRequest request(Query query) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + query.path()))
                .header("Authorization", basic(query.user(), passwordOf(query.user())))
                .timeout(Duration.ofMinutes(2)).GET().build();
    }

    private void send(Query query, HttpRequest request) throws IOException, InterruptedException {
        var response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(query.name() + " answered " + response.statusCode());
        }
    }

    private static void ratios(Map<String, Map<Long, double[]>> figures) {
        StringBuilder header = new StringBuilder("%-42s".formatted("p95 ms (ratio to " + SIZES.get(0) + ")"));
        SIZES.forEach(size -> header.append("%22s".formatted("size=" + size)));
        System.out.println("BENCH " + header);
        figures.forEach((name, bySize) -> {
            double first = bySize.values().iterator().next()[1];
            StringBuilder line = new StringBuilder("%-42s".formatted(name));
            bySize.values().forEach(p -> line.append("%22s".formatted("%.1f (%.2fx)".formatted(p[1], p[1] / first))));
            System.out.println("BENCH " + line);
        });
    }

    /**
     * EXPLAIN (ANALYZE, BUFFERS) of each list query as ApplicationListing builds it, once with the values written into
     * the SQL (the plan of the driver's first executions) and once as the generic plan a prepared statement settles
     * on after five; the plans go to target/scale-explain.txt, one summary line each to the output.
     */
    private void explain(long size) throws IOException {
        List<String> team = users.teamAndSelf(MANAGER).stream().sorted().toList();
        String columns = "select id, status, kra_status, risk_class, assignee, escalated, distributor_arn, amc, "
                + "applicant_name, pan, submitted_at from investor_application where ";
        String newestFirst = " order by submitted_at desc, id desc fetch first ? rows only";
        OffsetDateTime today = LocalDate.now(ZoneId.of("Asia/Kolkata")).atStartOfDay(ZoneId.of("Asia/Kolkata"))
                .toOffsetDateTime();
        Map<String, Sql> queries = new LinkedHashMap<>();
        queries.put("list admin All tab", new Sql(columns + "1 = 1" + newestFirst, 21));
        queries.put("list admin Pending tab", new Sql(columns + "status = ?" + newestFirst, "PENDING", 21));
        queries.put("list admin search by name", new Sql(columns + "upper(applicant_name) like ?" + newestFirst,
                "%" + searchedName() + "%", 21));
        queries.put("list admin search by PAN", new Sql(columns + "pan = ?" + newestFirst, searchedPan(), 21));
        queries.put("list admin oldest first one distributor", new Sql(columns + "distributor_arn in (?)"
                + " order by submitted_at asc, id asc fetch first ? rows only", DISTRIBUTOR_ARN, 21));
        queries.put("list admin Awaiting approval tab", new Sql(columns + "status = ? and approval_decision is not null"
                + newestFirst, "PENDING", 21));
        queries.put("list reviewer own Pending tab", new Sql(columns + "assignee in (?) and status = ?" + newestFirst,
                TEAM.get(0), "PENDING", 21));
        String oldestFirst = " order by submitted_at asc, id asc fetch first ? rows only";
        queries.put("list reviewer own Pending tab oldest first", new Sql(columns + "assignee in (?) and status = ?"
                + oldestFirst, TEAM.get(0), "PENDING", 21));
        List<Object> managerParams = new ArrayList<>(team);
        managerParams.add("PENDING");
        managerParams.add(21);
        String teamPending = columns + "assignee in (" + team.stream().map(any -> "?").collect(Collectors.joining(", "))
                + ") and status = ?";
        queries.put("list manager team Pending tab", new Sql(teamPending + newestFirst, managerParams.toArray()));
        queries.put("list manager team Pending tab oldest first", new Sql(teamPending + oldestFirst,
                managerParams.toArray()));
        queries.put("list distributor All tab", new Sql(columns + "distributor_arn in (?)" + newestFirst,
                DISTRIBUTOR_ARN, 21));
        queries.put("dashboard reviewer submitted today", new Sql("select count(*) from investor_application"
                + " where assignee in (?) and submitted_at >= ?", TEAM.get(0), today));
        queries.put("dashboard KRA refused", new Sql("select application_id, kra, pan, ack_number, status,"
                + " status_reason, updated_at from kra_submission where 1 = 1 and status = ?"
                + " order by updated_at desc, application_id fetch first ? rows only", "FAILED", 10));
        queries.put("dashboard manager pending per reviewer", new Sql("select assignee, count(*) as pending"
                + " from investor_application where status = 'PENDING' and assignee in ("
                + team.stream().map(any -> "?").collect(Collectors.joining(", ")) + ") group by assignee",
                team.toArray()));
        queries.put("dashboard deadlines per assignee (admin)", new Sql("select assignee, sum(case when due_at >= ?"
                + " then 1 else 0 end) as due_soon, sum(case when due_at < ? then 1 else 0 end) as breached"
                + " from (select d.due_at, (select a.assignee from investor_application a where a.id = d.application_id)"
                + " as assignee, (select a.distributor_arn from investor_application a where a.id = d.application_id)"
                + " as distributor_arn, (select a.submitted_by from investor_application a"
                + " where a.id = d.application_id) as submitted_by from application_deadline d"
                + " where d.met_at is null and d.due_at < ?) open_clock where 1 = 1 group by assignee order by assignee",
                OffsetDateTime.now(), OffsetDateTime.now(), OffsetDateTime.now().plusDays(1)));
        queries.put("dashboard breached deadlines (admin)", new Sql("select d.application_id, d.name, d.started_at,"
                + " d.due_at, d.met_at, a.applicant_name, a.assignee from application_deadline d join"
                + " investor_application a on a.id = d.application_id where d.met_at is null and d.due_at < ?"
                + " order by d.due_at, d.application_id, d.name fetch first ? rows only", OffsetDateTime.now(), 11));
        queries.put("reports summary admin (30 days)", new Sql("select submitted_at, status, kra_status, decided_at"
                + " from investor_application where submitted_at >= ? and submitted_at < ?",
                today.minusDays(29), today.plusDays(1)));
        queries.put("list admin search by name: its counts, up to 10,001 rows", new Sql("select status,"
                + " count(*) as n, count(approval_decision) as awaiting from (select status, approval_decision"
                + " from investor_application where upper(applicant_name) like ? fetch first ? rows only) matches"
                + " group by status", "%" + searchedName() + "%", 10_001));

        StringBuilder file = new StringBuilder();
        queries.forEach((name, query) -> {
            for (boolean generic : new boolean[] {false, true}) {
                List<String> plan = plan(query, generic);
                file.append("== ").append(name).append(generic ? " (generic plan)" : " (values in the SQL)")
                        .append(", size ").append(size).append('\n').append(query.inline()).append('\n');
                plan.forEach(line -> file.append(line).append('\n'));
                file.append('\n');
                System.out.printf("BENCH explain query=\"%s\"%s %s%n", name, generic ? " generic" : "",
                        summary(plan));
            }
        });
        Path out = Path.of("target", "scale-explain.txt");
        Files.writeString(out, file.toString());
        report("explain", "written to " + out.toAbsolutePath());
    }

    private List<String> plan(Sql query, boolean generic) {
        return jdbc.execute((ConnectionCallback<List<String>>) connection -> {
            List<String> lines = new ArrayList<>();
            try (Statement sql = connection.createStatement()) {
                if (!generic) {
                    try (var rs = sql.executeQuery("explain (analyze, buffers) " + query.inline())) {
                        while (rs.next()) {
                            lines.add(rs.getString(1));
                        }
                    }
                    return lines;
                }
                sql.execute("set plan_cache_mode = force_generic_plan");
                sql.execute("prepare bench_query as " + query.numbered());
                try (var rs = sql.executeQuery("explain (analyze, buffers) execute bench_query"
                        + (query.params().length == 0 ? "" : "(" + query.literals() + ")"))) {
                    while (rs.next()) {
                        lines.add(rs.getString(1));
                    }
                } finally {
                    sql.execute("deallocate bench_query");
                    sql.execute("reset plan_cache_mode");
                }
            }
            return lines;
        });
    }

    /** The indexes a plan reads, the buffers its top node touched and its execution time. */
    private static String summary(List<String> plan) {
        List<String> indexes = new ArrayList<>();
        for (String line : plan) {
            var matcher = java.util.regex.Pattern.compile("(Index Only Scan|Index Scan|Bitmap Index Scan|Seq Scan)"
                    + "(?: Backward)?(?: using (\\S+))? on (\\S+)").matcher(line);
            if (matcher.find()) {
                indexes.add(matcher.group(2) == null ? matcher.group(1) + " " + matcher.group(3)
                        : matcher.group(1) + " " + matcher.group(2));
            }
        }
        String buffers = plan.stream().filter(line -> line.trim().startsWith("Buffers:")).findFirst()
                .map(String::trim).orElse("Buffers: -");
        String time = plan.stream().filter(line -> line.startsWith("Execution Time")).findFirst().orElse("");
        return "reads=" + indexes + " " + buffers + " " + time;
    }

    /** A query and its parameter values. */
    record Sql(String sql, Object... params) {

        String inline() {
            String result = sql;
            for (Object param : params) {
                result = result.replaceFirst("\\?", java.util.regex.Matcher.quoteReplacement(literal(param)));
            }
            return result;
        }

        String numbered() {
            String result = sql;
            for (int i = 1; i <= params.length; i++) {
                result = result.replaceFirst("\\?", "\\$" + i);
            }
            return result;
        }

        String literals() {
            return Arrays.stream(params).map(Sql::literal).collect(Collectors.joining(", "));
        }

        private static String literal(Object value) {
            if (value instanceof Number) {
                return value.toString();
            }
            if (value instanceof OffsetDateTime time) {
                return "timestamptz '" + time + "'";
            }
            return "'" + value.toString().replace("'", "''") + "'";
        }
    }

    private static double seconds(long begin) {
        return (System.nanoTime() - begin) / 1e9;
    }

    private static void report(String what, String figure) {
        System.out.printf("BENCH %-20s %s%n", what, figure);
    }

    record Query(String name, String user, String path) {
    }
}
