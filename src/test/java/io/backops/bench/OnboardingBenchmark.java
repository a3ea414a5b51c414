package io.backops.bench;

import static io.backops.bench.Clients.basic;
import static io.backops.bench.Clients.percentile;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.backops.IntegrationTestSupport;
import io.backops.Submissions;
import io.backops.application.internal.TabCounts;
import io.backops.review.OnboardingProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Figures, printed, never asserted (run with {@code bench/onboarding.sh}, on PostgreSQL): submissions per second
 * through {@code POST /api/applications} with 8 concurrent clients; the bare Camunda start rate of the same BPMN in
 * the same run (same database server, delegates stubbed); KRA pushes per second through the job executor; the
 * list query's latency and the portal's render time of its list and application pages over 100,000 applications.
 */
@TestPropertySource(properties = {
        // Status polls would compete with the pushes for the job executor's threads; the push is what is measured.
        "backops.review.kra-poll-interval=PT1H",
        "backops.kra.read-timeout=PT10S"})
class OnboardingBenchmark extends IntegrationTestSupport {

    private static final int CLIENTS = 8;
    private static final int SUBMISSIONS_PER_CLIENT = Integer.getInteger("bench.submissions", 150);
    private static final int LISTED_APPLICATIONS = Integer.getInteger("bench.applications", 100_000);
    private static final int LIST_QUERIES = 200;
    private static final int REVIEWS_PER_CLIENT = Integer.getInteger("bench.reviews", 60);
    private static final int PUSHES = Integer.getInteger("bench.pushes", 300);
    private static final int KRA_LATENCY_MS = 50;

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ObjectMapper mapper;
    @Autowired
    private CamundaBpmProperties camunda;
    @Autowired
    private ManagementService management;
    @Autowired
    private TabCounts tabCounts;


    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void printFigures() throws Exception {
        report("environment", Runtime.getRuntime().availableProcessors() + " cores, database "
                + jdbc.queryForObject("select version()", String.class).split(",")[0]);
        submissions(20, 1);
        Result backops = submissions(SUBMISSIONS_PER_CLIENT, CLIENTS);
        report("submissions via POST /api/applications", backops.describe());
        Result[] bare = bareCamunda(SUBMISSIONS_PER_CLIENT, CLIENTS);
        report("bare Camunda starts of the same BPMN", bare[0].describe());
        report("Backops / bare Camunda", "%.2f".formatted(backops.perSecond() / bare[0].perSecond()));
        report("bare Camunda: start, complete task, run job", bare[1].describe());

        pushes();
        reviewersAtWork();

        insertApplications(LISTED_APPLICATIONS);
        report("applications in the list", String.valueOf(jdbc.queryForObject(
                "select count(*) from investor_application", Long.class)));
        for (var query : List.of(
                new Query("list: admin, All tab, newest first", ADMIN, LIST + "status=ALL"),
                new Query("list: admin, Pending tab", ADMIN, LIST + "status=PENDING"),
                new Query("list: admin, search by name", ADMIN, LIST + "q=bench+person+12"),
                new Query("list: admin, search by PAN", ADMIN, LIST + "q=BENPB01234C"),
                new Query("list: admin, oldest first, one distributor", ADMIN, LIST + "sort=submittedAt,asc&distributor=" + DISTRIBUTOR_ARN),
                new Query("list: manager, team's Pending tab", MANAGER, LIST + "status=PENDING"),
                new Query("list: reviewer, own Pending tab", TEAM.get(0), LIST + "status=PENDING"),
                // The portal's pages, rendered on the server (Thymeleaf), over the same 100,000 applications.
                new Query("page: applications, admin, All tab", ADMIN, "/applications?status=ALL"),
                new Query("page: applications, admin, search by name", ADMIN, "/applications?status=ALL&q=bench+person+12"),
                new Query("page: applications, manager, Pending tab", MANAGER, "/applications?status=PENDING"),
                new Query("page: one application (documents, notes, history, KRA attempts)", ADMIN,
                        "/applications/" + pushedApplication()))) {
            report(query.name(), latencies(query));
        }
    }

    /** An application that went the whole way to the KRA, so its page has every part filled. */
    private String pushedApplication() {
        return jdbc.queryForObject("select min(id) from investor_application where kra_status = 'UNDER_PROCESS'",
                String.class);
    }

    /**
     * Pushes through the job executor against a simulator taking {@value KRA_LATENCY_MS} ms a call (inquiry and
     * upload: two calls a push). The push jobs are held back while the applications are accepted, then let go at
     * once, so the figure is the job executor's and not the decisions'.
     */
    private void pushes() throws Exception {
        var suspension = management.updateJobDefinitionSuspensionState().byProcessDefinitionKey(OnboardingProcess.KEY);
        suspension.suspend();
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < PUSHES; i++) {
                String id = read(post(ADMIN, "/api/applications", Submissions.valid(DISTRIBUTOR_ARN, freshPan('1'))))
                        .get("id").asText();
                var decided = post(ADMIN, "/api/applications/" + id + "/decision", Map.of("decision", "ACCEPT"));
                if (decided.getStatusCode().value() != 200) {
                    throw new IllegalStateException("decision answered " + decided.getStatusCode());
                }
                ids.add(id);
            }
        } finally {
            post(ADMIN, "/kra-sim/__sim/faults", Map.of("mode", "slow", "count", 1_000_000, "delayMs", KRA_LATENCY_MS));
        }
        long begin = System.nanoTime();
        management.updateJobDefinitionSuspensionState().byProcessDefinitionKey(OnboardingProcess.KEY)
                .includeJobs(true).activate();
        String inList = String.join("','", ids);
        while (jdbc.queryForObject("select count(*) from investor_application where kra_status = 'UNDER_PROCESS'"
                + " and id in ('" + inList + "')", Long.class) < ids.size()) {
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        post(ADMIN, "/kra-sim/__sim/faults", Map.of("mode", "none", "count", 0));
        var executor = camunda.getJobExecution();
        report("pushes through the job executor, KRA " + KRA_LATENCY_MS + " ms/call",
                "%.1f/s (%d pushes in %.1f s)".formatted(ids.size() / seconds, ids.size(), seconds));
        var uploads = read(get(ADMIN, "/kra-sim/__sim/stats"));
        report("uploads at the simulator", "%d records, %d uploads, %d records uploaded more than once".formatted(
                uploads.get("records").asLong(), uploads.get("uploads").asLong(),
                uploads.get("recordsUploadedMoreThanOnce").asLong()));
        report("job executor settings", "core pool %d, max pool %d, queue %d (Camunda's defaults otherwise)"
                .formatted(executor.getCorePoolSize(), executor.getMaxPoolSize(), executor.getQueueCapacity()));
    }

    private Result submissions(int perClient, int clients) throws Exception {
        String auth = basic(ADMIN, ADMIN_PASSWORD);
        return concurrently(clients, perClient, () -> {
            var body = mapper.writeValueAsString(Submissions.valid(DISTRIBUTOR_ARN, freshPan('1')));
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/applications"))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 201) {
                throw new IllegalStateException("submission answered " + status);
            }
            return null;
        });
    }

    /**
     * The bare engine on the same BPMN, delegates stubbed: starts alone, then whole cycles (start, complete the review
     * task as accepted, run the push job to the end), the baselines of submissions and of reviewers' decisions.
     */
    private Result[] bareCamunda(int perClient, int clients) throws Exception {
        var configuration = (StandaloneProcessEngineConfiguration) new StandaloneProcessEngineConfiguration()
                .setJdbcUrl(System.getProperty("bench.bare.url", "jdbc:postgresql://127.0.0.1:5432/backops_bench_bare"))
                .setJdbcUsername("postgres").setJdbcPassword("")
                .setJdbcDriver("org.postgresql.Driver")
                .setDatabaseSchemaUpdate("true")
                .setHistory("full")
                .setJobExecutorActivate(false)
                .setProcessEngineName("bare");
        configuration.setJdbcMaxActiveConnections(CLIENTS + 2);
        configuration.setExpressionManager(new MockExpressionManager());
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            engine.getRepositoryService().createDeployment()
                    .addClasspathResource("bpmn/individual-onboarding.bpmn")
                    .addClasspathResource("forms/review-application.form")
                    .enableDuplicateFiltering(true).deploy();
            var runtime = engine.getRuntimeService();
            Result starts = concurrently(clients, perClient, () -> {
                registerStubs();
                String key = "APP-BARE-" + System.nanoTime();
                runtime.startProcessInstanceByKey("individual-onboarding", key, Map.of("applicationId", key,
                        "startingBucket", "PENDING", "riskClass", "SAFE", "riskRule", "all checks passed"));
                return null;
            });
            Result cycles = concurrently(clients, perClient / 2, () -> {
                registerStubs();
                String key = "APP-CYCLE-" + System.nanoTime();
                var instance = runtime.startProcessInstanceByKey("individual-onboarding", key, Map.of("applicationId",
                        key, "startingBucket", "PENDING", "riskClass", "SAFE", "riskRule", "all checks passed"));
                var task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
                engine.getTaskService().complete(task.getId(), Map.of("decision", "ACCEPT"));
                var job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).executable()
                        .singleResult();
                engine.getManagementService().executeJob(job.getId());
                return null;
            });
            return new Result[] {starts, cycles};
        } finally {
            engine.close();
        }
    }

    /** The delegates of the BPMN, doing nothing: Mocks are per thread, so every worker registers them. */
    private static void registerStubs() {
        Mocks.register("prepareReview", (JavaDelegate) execution -> execution.setVariable("assignee", "ravi"));
        Mocks.register("recordDecision", (TaskListener) task -> { });
        Mocks.register("reviewSla", new Stubs());
        Mocks.register("onboardingTimers", new Stubs());
        Mocks.register("pushToKra", (JavaDelegate) execution -> {
            execution.setVariable("kraStatus", "REGISTERED");
            execution.setVariable("kraFinal", true);
        });
    }

    private void insertApplications(int count) {
        long existing = jdbc.queryForObject("select count(*) from investor_application where id like 'APP-2025-%'", Long.class);
        List<String> reviewers = List.of(TEAM.get(0), TEAM.get(1), OUTSIDER);
        String[] statuses = {"PENDING", "PENDING", "ACCEPTED", "REJECTED", "DRAFT"};
        Instant start = Instant.parse("2026-08-01T00:00:00Z");
        List<Object[]> batch = new ArrayList<>();
        for (long i = existing; i < count; i++) {
            String pan = "BENPB" + "%04d".formatted(i % 10_000) + (char) ('A' + (i / 10_000) % 26);
            batch.add(new Object[] {"APP-2025-%06d".formatted(i), DISTRIBUTOR_ARN, "Acme Mutual Fund", "NEW",
                    "BENCH PERSON " + i, pan, java.sql.Date.valueOf("1990-01-01"), "{}", statuses[(int) (i % 5)],
                    "NOT_PUSHED", reviewers.get((int) (i % 3)),
                    Timestamp.from(start.plusSeconds(i * 60)), "SAFE"});
            if (batch.size() == 5_000) {
                flush(batch);
            }
        }
        flush(batch);
        jdbc.execute("analyze investor_application");
        // Written around the application: the tab counters are counted again.
        tabCounts.rebuild();
    }

    private void flush(List<Object[]> batch) {
        if (!batch.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into investor_application (id, distributor_arn, amc, application_type, applicant_name, pan,
                        date_of_birth, applicant, status, kra_status, assignee, submitted_at, risk_class, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                    """, batch);
            batch.clear();
        }
    }

    private String latencies(Query query) throws Exception {
        String auth = basic(query.user(), passwordOf(query.user()));
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + query.path()))
                .header("Authorization", auth).GET().build();
        for (int i = 0; i < 20; i++) {
            client.send(request, HttpResponse.BodyHandlers.discarding());
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < LIST_QUERIES; i++) {
            long begin = System.nanoTime();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            micros.add((System.nanoTime() - begin) / 1_000);
            if (status != 200) {
                throw new IllegalStateException(query.name() + " answered " + status);
            }
        }
        Collections.sort(micros);
        return "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (%d requests)".formatted(percentile(micros, 50) / 1000.0,
                percentile(micros, 95) / 1000.0, percentile(micros, 99) / 1000.0, micros.size());
    }

    /**
     * Reviewers working their queues (list, open the oldest, accept it), two clients for each of three reviewers, while
     * an admin downloads the MIS report of everything: each request type's p50/p95/p99 and the decisions per second.
     */
    private void reviewersAtWork() throws Exception {
        Map<String, java.util.Queue<Long>> latencies = new java.util.concurrent.ConcurrentHashMap<>();
        var conflicts = new java.util.concurrent.atomic.AtomicInteger();
        List<String> reviewers = List.of(TEAM.get(0), TEAM.get(1), OUTSIDER);
        var pool = Executors.newFixedThreadPool(reviewers.size() * 2 + 1);
        long begin = System.nanoTime();
        try {
            List<Future<Integer>> work = new ArrayList<>();
            for (String reviewer : reviewers) {
                for (int client = 0; client < 2; client++) {
                    work.add(pool.submit(() -> review(reviewer, REVIEWS_PER_CLIENT, latencies, conflicts)));
                }
            }
            Future<Long> export = pool.submit(() -> {
                long start = System.nanoTime();
                var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/reports/mis?from=2020-01-01&to=2029-12-31&tz=UTC")).header("Authorization",
                        basic(ADMIN, ADMIN_PASSWORD)).GET().build();
                client.send(request, HttpResponse.BodyHandlers.discarding());
                return (System.nanoTime() - start) / 1_000_000;
            });
            int decisions = 0;
            for (Future<Integer> done : work) {
                decisions += done.get();
            }
            double seconds = (System.nanoTime() - begin) / 1e9;
            report("reviewers at work: decisions", "%.1f/s (%d in %.1f s, 6 clients, %d lost a race: 409)"
                    .formatted(decisions / seconds, decisions, seconds, conflicts.get()));
            for (var type : List.of("list own pending", "open application", "decide")) {
                List<Long> sorted = new ArrayList<>(latencies.getOrDefault(type, new ConcurrentLinkedQueue<>()));
                Collections.sort(sorted);
                report("reviewers at work: " + type, "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (%d requests)".formatted(
                        percentile(sorted, 50) / 1000.0, percentile(sorted, 95) / 1000.0,
                        percentile(sorted, 99) / 1000.0, sorted.size()));
            }
            report("admin's MIS export meanwhile", "%d ms for every application".formatted(export.get()));
        } finally {
            pool.shutdownNow();
        }
    }

    private int review(String reviewer, int times, Map<String, java.util.Queue<Long>> latencies,
                       java.util.concurrent.atomic.AtomicInteger conflicts) throws Exception {
        String auth = basic(reviewer, passwordOf(reviewer));
        int decided = 0;
        for (int i = 0; i < times; i++) {
            var list = timed(latencies, "list own pending", HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/applications?status=PENDING&sort=submittedAt,asc&size=10")).header("Authorization", auth)
                    .GET().build());
            var items = mapper.readTree(list.body()).get("items");
            if (items.isEmpty()) {
                break;
            }
            String id = items.get(ThreadLocalRandom.current().nextInt(items.size())).get("id").asText();
            timed(latencies, "open application", HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/applications/" + id)).header("Authorization", auth).GET().build());
            var decision = timed(latencies, "decide", HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/applications/" + id + "/decision")).header("Authorization", auth)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"decision\":\"ACCEPT\"}")).build());
            if (decision.statusCode() == 200) {
                decided++;
            } else if (decision.statusCode() == 409) {
                conflicts.incrementAndGet();
            } else {
                throw new IllegalStateException("decision answered " + decision.statusCode() + ": " + decision.body());
            }
        }
        return decided;
    }

    private HttpResponse<String> timed(Map<String, java.util.Queue<Long>> latencies, String type, HttpRequest request)
            throws Exception {
        long begin = System.nanoTime();
        var response = client.send(request, HttpResponse.BodyHandlers.ofString());
        latencies.computeIfAbsent(type, any -> new ConcurrentLinkedQueue<>()).add((System.nanoTime() - begin) / 1_000);
        return response;
    }

    private static Result concurrently(int clients, int perClient, Callable<Void> work) throws Exception {
        var samples = Clients.concurrently(clients, perClient, work::call);
        return new Result(samples.count(), samples.seconds(), samples.percentileMicros(50),
                samples.percentileMicros(95), samples.percentileMicros(99));
    }

    private static void report(String what, String figure) {
        System.out.printf("BENCH %-45s %s%n", what, figure);
    }

    record Result(int operations, double seconds, long p50Micros, long p95Micros, long p99Micros) {
        double perSecond() {
            return operations / seconds;
        }

        String describe() {
            return "%.1f/s (%d in %.1f s), latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms".formatted(perSecond(),
                    operations, seconds, p50Micros / 1000.0, p95Micros / 1000.0, p99Micros / 1000.0);
        }
    }

    private static final String LIST = "/api/applications?";

    record Query(String name, String user, String path) {
    }

    /** Stand-ins for the timing beans the BPMN's expressions read. */
    public static class Stubs {
        public java.util.Date dueDate() {
            return java.util.Date.from(OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).toInstant());
        }

        public String getKraPollInterval() {
            return "PT1H";
        }

        public String getKraRetryCycle() {
            return "R3/PT1M";
        }
    }
}
