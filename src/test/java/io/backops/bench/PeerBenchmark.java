package io.backops.bench;

import static io.backops.bench.Clients.basic;
import static io.backops.bench.Clients.concurrently;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.backops.IntegrationTestSupport;
import io.backops.Submissions;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Backops beside plain Camunda 7 (run with {@code bench/peer.sh}; figures printed, never asserted). The peer is
 * {@code bench/peer}: Camunda's own REST API behind Camunda's own HTTP Basic filter, authorizations on, history full,
 * a bare process (start, one user task), on its own database of the same PostgreSQL server. The same client code
 * (8 clients, HTTP Basic, one JDK HttpClient) drives both, in turns, after a warm-up of each: starts with 9
 * variables against {@code POST /api/applications} (a distributor submitting), then task completions against
 * {@code POST /api/applications/{id}/decision} (the assigned reviewer rejecting with a reason).
 */
class PeerBenchmark extends IntegrationTestSupport {

    private static final int CLIENTS = 8;
    private static final int SUBMISSIONS_PER_CLIENT = Integer.getInteger("bench.submissions", 150);
    private static final int DECISIONS_PER_CLIENT = Integer.getInteger("bench.decisions", 100);
    private static final int WARM_UP_PER_CLIENT = Integer.getInteger("bench.warmup", 40);
    /** Turns of peer then Backops; each side's figures are over all its turns. */
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 2);
    private static final String PEER_USER = "bench";
    private static final String PEER_PASSWORD = "bench-Pass-1";
    private static final String REASON = "Documents are not legible";

    @LocalServerPort
    private int port;
    @Autowired
    private ObjectMapper mapper;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private int peerPort;

    @Test
    void printFigures() throws Exception {
        String jar = System.getProperty("bench.peer.jar");
        assumeTrue(jar != null && new File(jar).isFile(), "bench/peer.sh builds the peer and names its jar");
        Process peer = startPeer(jar);
        try {
            run();
        } finally {
            peer.destroy();
            if (!peer.waitFor(30, TimeUnit.SECONDS)) {
                peer.destroyForcibly();
            }
        }
    }

    private void run() throws Exception {
        Queue<Decidable> peerTasks = new ConcurrentLinkedQueue<>();
        Queue<Decidable> backopsApplications = new ConcurrentLinkedQueue<>();
        // Warm-up: both servers' code paths compiled, pools filled, before anything counts.
        concurrently(CLIENTS, WARM_UP_PER_CLIENT, this::peerStart);
        concurrently(CLIENTS, WARM_UP_PER_CLIENT, () -> backopsSubmission(backopsApplications));
        collectPeerTasks(peerTasks);
        concurrently(CLIENTS, WARM_UP_PER_CLIENT / 2, () -> peerComplete(peerTasks.remove()));
        concurrently(CLIENTS, WARM_UP_PER_CLIENT / 2, () -> backopsDecision(backopsApplications.remove()));

        var peerSubmissions = new Clients.Samples();
        var backopsSubmissions = new Clients.Samples();
        var peerDecisions = new Clients.Samples();
        var backopsDecisions = new Clients.Samples();
        for (int round = 0; round < ROUNDS; round++) {
            peerTasks.clear();
            backopsApplications.clear();
            peerSubmissions.add(concurrently(CLIENTS, SUBMISSIONS_PER_CLIENT, this::peerStart));
            backopsSubmissions.add(concurrently(CLIENTS, SUBMISSIONS_PER_CLIENT, () -> backopsSubmission(backopsApplications)));
            collectPeerTasks(peerTasks);
            peerDecisions.add(concurrently(CLIENTS, DECISIONS_PER_CLIENT, () -> peerComplete(peerTasks.remove())));
            backopsDecisions.add(concurrently(CLIENTS, DECISIONS_PER_CLIENT, () -> backopsDecision(backopsApplications.remove())));
        }
        System.out.printf("BENCH setup %d cores, %d clients, %d rounds of %d submissions and %d decisions per client,"
                + " after %d warm-up submissions per client%n", Runtime.getRuntime().availableProcessors(), CLIENTS,
                ROUNDS, SUBMISSIONS_PER_CLIENT, DECISIONS_PER_CLIENT, WARM_UP_PER_CLIENT);
        System.out.println("BENCH peer submissions/s=" + peerSubmissions.describe());
        System.out.println("BENCH backops submissions/s=" + backopsSubmissions.describe());
        System.out.println("BENCH peer decisions/s=" + peerDecisions.describe());
        System.out.println("BENCH backops decisions/s=" + backopsDecisions.describe());
        System.out.printf("BENCH ratio submissions=%.2f (backops/peer)%n",
                backopsSubmissions.perSecond() / peerSubmissions.perSecond());
        System.out.printf("BENCH ratio decisions=%.2f (backops/peer)%n",
                backopsDecisions.perSecond() / peerDecisions.perSecond());
    }

    // --- the peer: Camunda's REST API

    private Process startPeer(String jar) throws Exception {
        try (var socket = new ServerSocket(0)) {
            peerPort = socket.getLocalPort();
        }
        var builder = new ProcessBuilder(List.of(System.getProperty("java.home") + "/bin/java", "-jar", jar))
                .redirectErrorStream(true).redirectOutput(new File("target/bench-peer.log"));
        builder.environment().put("PEER_PORT", String.valueOf(peerPort));
        builder.environment().put("PEER_DB_URL", System.getProperty("bench.peer.url",
                "jdbc:postgresql://127.0.0.1:5432/backops_bench_peer"));
        Process process = builder.start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The peer stopped: see target/bench-peer.log");
            }
            try {
                // The bench user exists once the application has started.
                if (peer("GET", "/engine-rest/process-definition/key/bench", null).statusCode() == 200) {
                    return process;
                }
            } catch (java.io.IOException notListeningYet) {
                // not yet
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The peer did not start in 5 minutes: see target/bench-peer.log");
    }

    /** The same nine variables Backops' flow carries at its review task. */
    private void peerStart() throws Exception {
        String key = "APP-PEER-" + System.nanoTime();
        var variables = Map.of(
                "applicationId", typed(key, "String"),
                "startingBucket", typed("PENDING", "String"),
                "riskClass", typed("SAFE", "String"),
                "riskRule", typed("all checks passed", "String"),
                "requestId", typed(java.util.UUID.randomUUID().toString(), "String"),
                "applicantName", typed("ASHA RAO", "String"),
                "maskedPan", typed("XXXXX1234K", "String"),
                "distributor", typed(DISTRIBUTOR_ARN, "String"),
                "documentCount", typed(2, "Integer"));
        var response = peer("POST", "/engine-rest/process-definition/key/bench/start",
                mapper.writeValueAsString(Map.of("businessKey", key, "variables", variables)));
        expect(response, 200, "peer start");
    }

    /** The peer's tasks, found outside the timed part (Backops' clients know their application ids already). */
    private void collectPeerTasks(Queue<Decidable> tasks) throws Exception {
        tasks.clear();
        for (int first = 0; ; first += 1000) {
            var response = peer("GET", "/engine-rest/task?processDefinitionKey=bench&firstResult=" + first
                    + "&maxResults=1000", null);
            expect(response, 200, "peer task list");
            JsonNode page = mapper.readTree(response.body());
            page.forEach(task -> tasks.add(new Decidable(task.get("id").asText(), PEER_USER)));
            if (page.size() < 1000) {
                return;
            }
        }
    }

    private void peerComplete(Decidable task) throws Exception {
        var response = peer("POST", "/engine-rest/task/" + task.id() + "/complete", mapper.writeValueAsString(Map.of(
                "variables", Map.of("decision", typed("REJECT", "String"), "reason", typed(REASON, "String")))));
        expect(response, 204, "peer complete");
    }

    private HttpResponse<String> peer(String method, String path, String body) throws Exception {
        return send("http://127.0.0.1:" + peerPort + path, basic(PEER_USER, PEER_PASSWORD), method, body);
    }

    private static Map<String, Object> typed(Object value, String type) {
        return Map.of("value", value, "type", type);
    }

    // --- Backops: its own API

    private void backopsSubmission(Queue<Decidable> submitted) throws Exception {
        var response = send("http://127.0.0.1:" + port + "/api/applications",
                basic(DISTRIBUTOR_LOGIN, passwordOf(DISTRIBUTOR_LOGIN)), "POST",
                mapper.writeValueAsString(Submissions.valid(DISTRIBUTOR_ARN, freshPan('1'))));
        expect(response, 201, "submission");
        JsonNode application = mapper.readTree(response.body());
        JsonNode assignee = application.get("assignee");
        submitted.add(new Decidable(application.get("id").asText(),
                assignee == null || assignee.isNull() ? ADMIN : assignee.asText()));
    }

    /** The assigned reviewer rejects, with a reason (the heaviest decision: reason, email to the investor). */
    private void backopsDecision(Decidable application) throws Exception {
        var response = send("http://127.0.0.1:" + port + "/api/applications/" + application.id() + "/decision",
                basic(application.decider(), passwordOf(application.decider())), "POST",
                mapper.writeValueAsString(Map.of("decision", "REJECT", "reason", REASON)));
        expect(response, 200, "decision");
    }

    // --- the clients

    private HttpResponse<String> send(String url, String authorization, String method, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** A task (the peer) or an application (Backops) to decide, and who decides it. */
    private record Decidable(String id, String decider) {
    }

}
