package io.backops.drill;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import io.backops.IntegrationTestSupport;
import io.backops.Submissions;

/**
 * Issue 9's fault drills on a real cluster (run by {@code bench/cluster.sh}, loopback only): two Backops nodes from
 * the packaged jar on one PostgreSQL database behind nginx, and the standalone KRA simulator. One drill kills a node
 * with {@code kill -9} in the middle of KRA pushes; the other takes the KRA away for a while under load. Each prints a
 * verdict with its counts and fails when anything was lost or uploaded twice.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterDrill {

    private static final Path DIR = Path.of("target", "cluster");
    private static final String JAR = System.getProperty("cluster.jar", "target/backops-0.1.0-SNAPSHOT.jar");
    private static final String DB = System.getProperty("cluster.db", "jdbc:postgresql://127.0.0.1:5432/backops_cluster");
    private static final int APPLICATIONS = Integer.getInteger("cluster.applications", 60);
    private static final int OUTAGE_SECONDS = Integer.getInteger("cluster.outage.seconds", 20);
    private static final String ADMIN_PASSWORD = "Cluster-Admin-1";
    private static final int LB = 18080;
    private static final int SIMULATOR = 18090;
    /** The simulator has no password of its own outside the demo: one per drill, for it and the nodes. */
    private static final String KRA_PASSWORD = "drill-" + java.util.UUID.randomUUID();
    private static final String ARN = "ARN-55555";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Process> PROCESSES = new HashMap<>();

    @BeforeAll
    static void startCluster() throws Exception {
        requireFreePorts();
        Files.createDirectories(DIR);
        start("simulator", List.of("java", "-jar", JAR, "--spring.profiles.active=kra-simulator",
                "--server.port=" + SIMULATOR), Map.of("BACKOPS_KRA_SIMULATOR_PASSWORD", KRA_PASSWORD));
        awaitUp("http://127.0.0.1:" + SIMULATOR + "/kra-sim/__sim/stats");
        startNode("node-a", 18081);
        awaitUp("http://127.0.0.1:18081/actuator/health/readiness");
        startNode("node-b", 18082);
        awaitUp("http://127.0.0.1:18082/actuator/health/readiness");
        Path conf = DIR.resolve("nginx.conf");
        Files.createDirectories(DIR.resolve("nginx/logs"));
        Files.writeString(conf, """
                worker_processes 1;
                pid %1$s/nginx/nginx.pid;
                error_log %1$s/nginx/logs/error.log;
                events { worker_connections 256; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/nginx/body;
                  proxy_temp_path %1$s/nginx/proxy;
                  upstream backops { server 127.0.0.1:18081 max_fails=1 fail_timeout=10s; server 127.0.0.1:18082 max_fails=1 fail_timeout=10s; }
                  server {
                    listen 127.0.0.1:%2$d;
                    location / { proxy_pass http://backops; proxy_next_upstream error timeout; proxy_connect_timeout 2s; }
                  }
                }
                """.formatted(DIR.toAbsolutePath(), LB));
        start("nginx", List.of("nginx", "-c", conf.toAbsolutePath().toString(), "-g", "daemon off;"), Map.of());
        awaitUp("http://127.0.0.1:" + LB + "/actuator/health/readiness");
        var registered = call("POST", "/api/distributors", Map.of("arn", ARN, "name", "Drill Distributor"));
        assertThat(registered.statusCode()).as(registered.body()).isIn(201, 409);
    }

    /**
     * Stops every process with its children: nginx's worker outlives a master killed with SIGKILL and keeps the load
     * balancer's port, so each process is asked to stop (SIGTERM: nginx stops its workers) and only then killed, and
     * whatever it had started is killed too.
     */
    @AfterAll
    static void stopCluster() throws InterruptedException {
        for (Process process : PROCESSES.values()) {
            List<ProcessHandle> children = process.descendants().toList();
            process.destroy();
            if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** The drill's ports must be free: a port left taken by an earlier run would fail it later, for other reasons. */
    private static void requireFreePorts() {
        for (int port = LB; port <= SIMULATOR; port++) {
            try (var socket = new java.net.ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new java.net.InetSocketAddress("127.0.0.1", port));
            } catch (IOException e) {
                throw new IllegalStateException("Port " + port + " on 127.0.0.1 is taken (the drill needs " + LB + "-"
                        + SIMULATOR + "); stop what listens there, e.g. an nginx left by an earlier run", e);
            }
        }
    }

    @Test
    @Order(0)
    void aSignInHoldsWhicheverNodeAnswers() throws Exception {
        var signInPage = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + LB + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = signInPage.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String csrf = IntegrationTestSupport.csrfToken(signInPage.body());
        var signedIn = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + LB + "/login"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + ADMIN_PASSWORD + "&_csrf=" + csrf))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String session = signedIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        int served = 0;
        for (int i = 0; i < 6; i++) {
            var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + LB + "/applications"))
                    .header("Cookie", session).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && response.body().contains("Signed in as")) {
                served++;
            }
        }
        System.out.printf("DRILL %-36s %s: 6 page requests round robin over two nodes, %d answered signed in%n",
                "one session, two nodes", served == 6 ? "PASS" : "FAIL", served);
        assertThat(served).isEqualTo(6);
    }

    @Test
    @Order(1)
    void aNodeKilledInTheMiddleOfPushesLosesNothingAndUploadsNothingTwice() throws Exception {
        simulator("POST", "/__sim/reset", null);
        List<String> ids = submit(APPLICATIONS);
        // Each KRA call takes 1.5 s, and all the decisions come at once: pushes are in flight on both nodes when one
        // of them dies, some of them with the upload taken by the KRA and not yet committed by the node.
        simulator("POST", "/__sim/faults", Map.of("mode", "slow", "count", 1_000, "delayMs", 1_500));
        accept(ids);
        awaitPushed(ids, APPLICATIONS / 4, Duration.ofMinutes(2));
        PROCESSES.get("node-a").destroyForcibly().waitFor();
        long pushedWhenKilled = pushed(ids);
        simulator("POST", "/__sim/faults", Map.of("mode", "none", "count", 0));

        awaitPushed(ids, ids.size(), Duration.ofMinutes(3));
        JsonNode stats = simulator("GET", "/__sim/stats", null);
        verdict("kill -9 one node during pushes", ids.size(), pushed(ids), stats, "pushed when node A died: "
                + pushedWhenKilled);
        assertThat(stats.get("recordsUploadedMoreThanOnce").asLong()).isZero();
        assertThat(stats.get("records").asLong()).isEqualTo(ids.size());
    }

    @Test
    @Order(2)
    void aKraOutageUnderLoadLosesNothingAndARepushClearsWhatRanOutOfRetries() throws Exception {
        simulator("POST", "/__sim/reset", null);
        List<String> ids = submit(APPLICATIONS);
        simulator("POST", "/__sim/faults", Map.of("mode", "http503", "count", 1_000));
        accept(ids);
        Thread.sleep(OUTAGE_SECONDS * 1000L);
        simulator("POST", "/__sim/faults", Map.of("mode", "none", "count", 0));
        Thread.sleep(6_000);
        long incidentsAfterOutage = incidents();
        long failed = 0;
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (pushed(ids) < ids.size() && System.nanoTime() < deadline) {
            // Pushes whose retries ran out during the outage wait in an incident; a person re-pushes them.
            for (String id : ids) {
                JsonNode application = JSON.readTree(call("GET", "/api/applications/" + id, null).body());
                if ("NOT_PUSHED".equals(application.get("kraStatus").asText())) {
                    if (call("POST", "/api/applications/" + id + "/kra/repush", null).statusCode() == 202) {
                        failed++;
                    }
                }
            }
            Thread.sleep(2_000);
        }
        JsonNode stats = simulator("GET", "/__sim/stats", null);
        long incidentsLeft = incidents();
        verdict("KRA down for " + OUTAGE_SECONDS + " s under load", ids.size(), pushed(ids), stats,
                "incidents after the outage: " + incidentsAfterOutage + ", re-pushed by hand: " + failed
                        + ", incidents left: " + incidentsLeft);
        assertThat(pushed(ids)).isEqualTo(ids.size());
        assertThat(incidentsLeft).isZero();
        assertThat(stats.get("recordsUploadedMoreThanOnce").asLong()).isZero();
    }

    @Test
    @Order(3)
    void aDatabaseRestartUnderLoadIsOutlivedWithoutRestartingBackops() throws Exception {
        String version = System.getProperty("cluster.pg.version", "");
        org.junit.jupiter.api.Assumptions.assumeTrue(!version.isBlank(), "no local PostgreSQL cluster to restart");
        simulator("POST", "/__sim/reset", null);
        List<String> before = submit(APPLICATIONS / 2);
        accept(before);
        var restart = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart")
                .redirectErrorStream(true).redirectOutput(DIR.resolve("pg-restart.log").toFile()).start();
        assertThat(restart.waitFor()).as("pg_ctlcluster restart").isZero();
        // The pools find their connections dead and make new ones; nothing of Backops is restarted.
        List<String> after = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (after.isEmpty() && System.nanoTime() < deadline) {
            try {
                after.addAll(submit(APPLICATIONS / 2));
            } catch (AssertionError | IOException stillDown) {
                Thread.sleep(1_000);
            }
        }
        accept(after);
        List<String> all = new ArrayList<>(before);
        all.addAll(after);
        awaitPushed(all, all.size(), Duration.ofMinutes(3));
        JsonNode stats = simulator("GET", "/__sim/stats", null);
        verdict("PostgreSQL restarted under load", all.size(), pushed(all), stats,
                "submitted after the restart: " + after.size());
        assertThat(stats.get("recordsUploadedMoreThanOnce").asLong()).isZero();
    }

    /**
     * bpmnlint runs on GraalJS inside the JVM: from the packaged jar (Spring Boot's nested jars) as well as from the
     * test class path, so a deployment from a real node is held to its rules too.
     */
    @Test
    @Order(4)
    void bpmnlintRunsOnGraalJsInThePackagedJar() throws Exception {
        String model = new String(ClusterDrill.class.getResourceAsStream("/flows/individual-onboarding-implicit-joins.bpmn")
                .readAllBytes(), StandardCharsets.UTF_8).replace("individual-onboarding", "drill-lint");
        String boundary = "drill-" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lint.bpmn\"\r\n"
                + "Content-Type: application/xml\r\n\r\n" + model + "\r\n--" + boundary + "--\r\n";
        var answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + LB + "/api/flows/validate"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        long findings = 0;
        if (answer.statusCode() == 200) {
            for (JsonNode problem : JSON.readTree(answer.body()).get("problems")) {
                if ("bpmnlint".equals(problem.get("source").asText()) && "xor_kra_final".equals(problem.get("elementId").asText())) {
                    findings++;
                }
            }
        }
        System.out.printf("DRILL %-36s %s: %d bpmnlint finding(s) on xor_kra_final from the packaged jar (HTTP %d)%n",
                "bpmnlint on GraalJS in the jar", findings > 0 ? "PASS" : "FAIL", findings, answer.statusCode());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(findings).as(answer.body()).isPositive();
    }

    @Test
    @Order(5)
    void theAccessMatrixHoldsThroughTheLoadBalancer() throws Exception {
        // The node killed in the first drill comes back, so that both nodes answer the matrix.
        if (!PROCESSES.get("node-a").isAlive()) {
            startNode("node-a", 18081);
            awaitUp("http://127.0.0.1:18081/actuator/health/readiness");
            Thread.sleep(11_000); // nginx tries a failed server again after its fail_timeout
        }
        String team = "Test-Pass-1";
        for (String arn : List.of("ARN-90001", "ARN-90002")) {
            call("POST", "/api/distributors", Map.of("arn", arn, "name", "Matrix " + arn));
        }
        person(Map.of("username", "tmanager", "name", "Test Manager", "email", "m@test.local", "role", "MANAGER"), team);
        person(Map.of("username", "tothermanager", "name", "Other Manager", "email", "om@test.local", "role", "MANAGER"), team);
        for (String reviewer : List.of("treviewera", "treviewerb", "tspare")) {
            person(Map.of("username", reviewer, "name", "Reviewer " + reviewer, "email", reviewer + "@test.local",
                    "role", "REVIEWER", "manager", "tmanager"), team);
        }
        person(Map.of("username", "toutsider", "name", "Outsider", "email", "o@test.local", "role", "REVIEWER",
                "manager", "tothermanager"), team);
        person(Map.of("username", "tdistributor", "name", "Distributor", "email", "d@test.local", "role", "DISTRIBUTOR",
                "distributor", "ARN-90001"), team);
        var investor = JSON.readTree(call("POST", "/api/investors", Map.of("name", "Investor", "username", "tinvestor",
                "email", "i@test.local", "distributor", "ARN-90001")).body());
        changePassword("tinvestor", investor.get("password").asText(), team);
        assertThat(call("PATCH", "/api/users/tspare", Map.of("status", "ON_LEAVE")).statusCode()).isEqualTo(200);
        String application = null;
        for (int i = 0; i < 20 && application == null; i++) {
            JsonNode submitted = JSON.readTree(call("POST", "/api/applications",
                    Submissions.valid("ARN-90001", IntegrationTestSupport.freshPan('1'))).body());
            if ("treviewera".equals(submitted.path("assignee").asText())) {
                application = submitted.get("id").asText();
            }
        }
        assertThat(application).as("an application in treviewera's queue").isNotNull();
        String document = JSON.readTree(call("GET", "/api/applications/" + application, null).body())
                .at("/documents/0/id").asText();

        List<String> principals = List.of("anonymous", "admin", "tmanager", "tothermanager", "treviewera", "toutsider",
                "tdistributor", "tinvestor");
        List<String> mismatches = new ArrayList<>();
        int cells = 0;
        for (String line : io.backops.AccessMatrixIntegrationTests.MATRIX.strip().split("\n")) {
            String[] columns = line.trim().split("\\s+");
            for (int i = 0; i < principals.size(); i++) {
                String principal = principals.get(i);
                String path = columns[1].replace("{member}", "tspare").replace("{application}", application)
                        .replace("{document}", document).replace("{distributor}", "ARN-90001")
                        .replace("{bulk}", "no-such-bulk-action").replace("{draft}", "0")
                        .replace("{formId}", "review-application").replace("{privileged}", "tothermanager");
                Object body = io.backops.AccessMatrixIntegrationTests.bodyOf(columns[2], () -> {
                    try {
                        return JSON.readTree(call("GET", "/api/settings", null).body());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                int status = callAs(principal, principal.equals("admin") ? ADMIN_PASSWORD : team, columns[0], path, body);
                cells++;
                if (status != Integer.parseInt(columns[3 + i])) {
                    mismatches.add(columns[0] + " " + columns[1] + " as " + principal + ": " + status + " instead of "
                            + columns[3 + i]);
                }
            }
        }
        System.out.printf("DRILL %-36s %s: %d cells through nginx over two nodes, %d answered otherwise %s%n",
                "access matrix on the cluster", mismatches.isEmpty() ? "PASS" : "FAIL", cells, mismatches.size(),
                mismatches);
        assertThat(mismatches).isEmpty();
    }

    /** A person made by the admin, with the team's password in place of the one-time one. */
    private static void person(Map<String, Object> user, String password) throws Exception {
        var created = call("POST", "/api/users", user);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        changePassword((String) user.get("username"), JSON.readTree(created.body()).get("oneTimePassword").asText(),
                password);
    }

    private static void changePassword(String username, String current, String chosen) throws Exception {
        assertThat(callAs(username, current, "POST", "/api/me/password",
                Map.of("currentPassword", current, "newPassword", chosen))).isEqualTo(204);
    }

    private static int callAs(String user, String password, String method, String path, Object body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + LB + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (!user.equals("anonymous")) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static List<String> submit(int count) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var submitted = call("POST", "/api/applications", Submissions.valid(ARN, IntegrationTestSupport.freshPan('1')));
            assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
            ids.add(JSON.readTree(submitted.body()).get("id").asText());
        }
        return ids;
    }

    /** Accepts them all at once, eight at a time, through the load balancer. */
    private static void accept(List<String> ids) throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
            for (String id : ids) {
                answers.add(pool.submit(() -> call("POST", "/api/applications/" + id + "/decision",
                        Map.of("decision", "ACCEPT")).statusCode()));
            }
            for (var answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitPushed(List<String> ids, int atLeast, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (pushed(ids) < atLeast) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Only " + pushed(ids) + " of " + ids.size() + " pushed after " + patience);
            }
            Thread.sleep(500);
        }
    }

    /** How many of these applications the KRA took (under process, or further). */
    private static long pushed(List<String> ids) throws Exception {
        long pushed = 0;
        for (String id : ids) {
            var response = call("GET", "/api/applications/" + id, null);
            String status = JSON.readTree(response.body()).path("kraStatus").asText();
            if (!status.equals("NOT_PUSHED") && !status.equals("FAILED") && !status.isEmpty()) {
                pushed++;
            }
        }
        return pushed;
    }

    /** Open incidents in the engine, as Cockpit counts them. */
    private static long incidents() throws Exception {
        return JSON.readTree(call("GET", "/engine-rest/incident/count", null).body()).get("count").asLong();
    }

    private static void verdict(String drill, int applications, long pushed, JsonNode stats, String more) {
        boolean ok = pushed == applications && stats.get("recordsUploadedMoreThanOnce").asLong() == 0;
        System.out.printf("DRILL %-36s %s: %d applications, %d pushed, %d records at the KRA, %d uploads, "
                        + "%d uploaded twice; %s%n", drill, ok ? "PASS" : "FAIL", applications, pushed,
                stats.get("records").asLong(), stats.get("uploads").asLong(),
                stats.get("recordsUploadedMoreThanOnce").asLong(), more);
    }

    private static void startNode(String name, int port) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("SPRING_PROFILES_ACTIVE", "postgres");
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("BACKOPS_DB_URL", DB);
        env.put("BACKOPS_DB_USER", "postgres");
        env.put("BACKOPS_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // The drills drive both nodes with HTTP Basic as the admin, which two-factor sign-in would refuse.
        env.put("BACKOPS_TWO_FACTOR_REQUIRED_FOR", "NOBODY");
        env.put("BACKOPS_TWO_FACTOR_KEY", "ZHJpbGwtb25seS1rZXktZm9yLXR3by1mYWN0b3ItMzI=");
        env.put("BACKOPS_KRA_BASE_URL", "http://127.0.0.1:" + SIMULATOR + "/kra-sim");
        env.put("BACKOPS_KRA_PASSWORD", KRA_PASSWORD);
        env.put("BACKOPS_KRA_POLL_INTERVAL", "PT1H");
        env.put("BACKOPS_REVIEW_KRA_RETRY_CYCLE", "R3/PT4S");
        // A dead node's job locks run out soon, so the survivor takes its pushes over within the drill.
        env.put("CAMUNDA_BPM_JOBEXECUTION_LOCKTIMEINMILLIS", "15000");
        env.put("CAMUNDA_BPM_JOBEXECUTION_WAITTIMEINMILLIS", "500");
        env.put("CAMUNDA_BPM_JOBEXECUTION_MAXWAIT", "1000");
        start(name, List.of("java", "-Xmx512m", "-jar", JAR), env);
    }

    private static void start(String name, List<String> command, Map<String, String> env) throws IOException {
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(DIR.resolve(name + ".log").toFile());
        builder.environment().putAll(env);
        PROCESSES.put(name, builder.start());
    }

    private static void awaitUp(String url) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                var response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError(url + " did not come up; see " + DIR);
    }

    private static HttpResponse<String> call(String method, String path, Object body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + LB + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode simulator(String method, String path, Object body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + SIMULATOR + "/kra-sim" + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 299);
        String answer = response.body();
        return answer == null || answer.isBlank() ? JSON.nullNode() : JSON.readTree(answer);
    }

}
