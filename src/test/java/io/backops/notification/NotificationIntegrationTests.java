package io.backops.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.backops.IntegrationTestSupport;
import io.backops.Submissions;
import io.backops.distribution.DistributorManagement;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Emails over real SMTP (an in-process GreenMail) and signed callbacks to a real local HTTP server, each read back
 * as the receiver sees it, and the delivery log that tells the back office what went out.
 */
class NotificationIntegrationTests extends IntegrationTestSupport {

    @Autowired
    private DistributorManagement distributors;
    @Autowired
    private ManagementService management;

    @Test
    void theInvestorIsMailedOnAcceptRejectAndRedoWithTheReason() throws Exception {
        String investor = "investor" + System.nanoTime() + "@mail.test";
        String accepted = submitFor(investor);
        String rejected = submitFor(investor);
        String redo = submitFor(investor);

        decide(accepted, "ACCEPT", null);
        decide(rejected, "REJECT", "Documents are not legible");
        decide(redo, "DRAFT", "Signature is missing");

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(investor).size() == 3);
        assertThat(mailsTo(investor)).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "Your KYC application " + accepted + " is accepted",
                "Your KYC application " + rejected + " could not be accepted",
                "Your KYC application " + redo + " needs a correction");
        String rejection = body(mailsTo(investor).stream().filter(mail -> subject(mail).contains(rejected)).findFirst()
                .orElseThrow());
        assertThat(rejection).contains("Dear ASHA RAO,", "Reason: Documents are not legible", "The KYC team")
                .doesNotContain("{{");
        assertThat(read(get(TEAM.get(0), "/api/applications/" + redo + "/notifications")).get("items"))
                .anySatisfy(delivery -> {
                    assertThat(delivery.get("channel").asText()).isEqualTo("EMAIL");
                    assertThat(delivery.get("event").asText()).isEqualTo("DRAFT");
                    assertThat(delivery.get("status").asText()).isEqualTo("SENT");
                });
    }

    @Test
    void anOverdueReviewMailsTheManagerItWentTo() throws Exception {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();
        String instance = read(get(ADMIN, "/engine-rest/task?processInstanceBusinessKey=" + id)).get(0)
                .get("processInstanceId").asText();

        management.executeJob(management.createJobQuery().processInstanceId(instance)
                .activityId("timer_review_sla").singleResult().getId());

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo("m@test.local").stream()
                .anyMatch(mail -> subject(mail).contains(id)));
        MimeMessage mail = mailsTo("m@test.local").stream().filter(m -> subject(m).contains(id)).findFirst().orElseThrow();
        assertThat(subject(mail)).isEqualTo("Review of " + id + " is overdue and now yours");
        assertThat(body(mail)).contains("Dear Test Manager,", "by " + TEAM.get(0), "now in your queue");
    }

    @Test
    void aCallbackThatFailsTwiceArrivesOnTheThirdTryWithAValidSignature() throws Exception {
        var received = new CopyOnWriteArrayList<Received>();
        var calls = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/kyc-status", exchange -> {
            received.add(new Received(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst("X-Backops-Signature"),
                    exchange.getRequestHeaders().getFirst("X-Backops-Delivery")));
            exchange.sendResponseHeaders(calls.incrementAndGet() <= 2 ? 503 : 204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String arn = "ARN-" + (70_000_000 + System.nanoTime() % 10_000_000);
            distributors.register(arn, "Callback Distributor");
            distributors.setCallbacks(arn, Map.of("ACCEPTED",
                    "http://127.0.0.1:" + receiver.getAddress().getPort() + "/kyc-status"));
            String id = submitAssignedTo(TEAM.get(0), ADMIN, () -> Submissions.valid(arn, freshPan('1'))).get("id").asText();

            decide(id, "ACCEPT", null);

            await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == 3);
            Received delivered = received.get(2);
            String secret = distributors.callbackSecret(arn).orElseThrow();
            assertThat(delivered.signature()).isEqualTo("sha256=" + hmac(secret, delivered.body()));
            JsonNode payload = json.readTree(delivered.body());
            assertThat(payload.get("applicationId").asText()).isEqualTo(id);
            assertThat(payload.get("status").asText()).isEqualTo("ACCEPTED");
            assertThat(payload.get("time").asText()).isNotBlank();
            assertThat(received).extracting(Received::deliveryId).containsOnly(delivered.deliveryId());

            List<JsonNode> callbacks = new java.util.ArrayList<>();
            read(get(ADMIN, "/api/applications/" + id + "/notifications")).get("items").forEach(delivery -> {
                if (delivery.get("channel").asText().equals("CALLBACK")) {
                    callbacks.add(delivery);
                }
            });
            assertThat(callbacks).hasSize(1);
            assertThat(callbacks.get(0).get("status").asText()).isEqualTo("SENT");
            assertThat(callbacks.get(0).get("attempts").asInt()).isEqualTo(3);
            assertThat(callbacks.get(0).get("log")).extracting(attempt -> attempt.get("outcome").asText())
                    .containsExactly("FAILED", "FAILED", "SENT");
            Thread.sleep(1_000);
            assertThat(received).as("delivered once, never again").hasSize(3);
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void aDraftNotResubmittedInTimeDropsOffTellsItsDistributorAndCannotComeBack() throws Exception {
        var received = new CopyOnWriteArrayList<String>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/drop-off", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String arn = "ARN-" + (71_000_000 + System.nanoTime() % 1_000_000);
            distributors.register(arn, "Drop-off Distributor");
            distributors.setCallbacks(arn, Map.of("DROPOFF",
                    "http://127.0.0.1:" + receiver.getAddress().getPort() + "/drop-off"));
            String id = submitAssignedTo(TEAM.get(0), ADMIN, () -> Submissions.valid(arn, freshPan('1'))).get("id").asText();
            decide(id, "DRAFT", "Signature is missing");
            String instance = read(get(ADMIN, "/engine-rest/process-instance?businessKey=" + id)).get(0).get("id").asText();

            management.executeJob(management.createJobQuery().processInstanceId(instance)
                    .activityId("timer_drop_off").singleResult().getId());

            await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == 1);
            assertThat(json.readTree(received.get(0)).get("event").asText()).isEqualTo("DROPOFF");
            assertThat(read(get(ADMIN, "/api/applications/" + id + "/history")).get("items"))
                    .anySatisfy(entry -> assertThat(entry.get("event").asText()).isEqualTo("DROPPED_OFF"));
            var resubmitted = post(ADMIN, "/api/applications/" + id + "/resubmit", Submissions.valid(arn, freshPan('1')));
            assertThat(resubmitted.getStatusCode().value()).isEqualTo(409);
            assertThat(read(resubmitted).get("detail").asText()).contains("dropped off");
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void theDeliveryLogIsForTheBackOfficeInScope() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();

        assertThat(get(TEAM.get(1), "/api/applications/" + id + "/notifications").getStatusCode().value()).isEqualTo(404);
        assertThat(get(DISTRIBUTOR_LOGIN, "/api/applications/" + id + "/notifications").getStatusCode().value())
                .isEqualTo(403);
        assertThat(get(MANAGER, "/api/applications/" + id + "/notifications").getStatusCode().value()).isEqualTo(200);
    }

    private record Received(String body, String signature, String deliveryId) {
    }

    private String submitFor(String email) {
        return submitAssignedTo(TEAM.get(0), ADMIN, () -> {
            var submission = Submissions.valid(DISTRIBUTOR_ARN, freshPan('1'));
            @SuppressWarnings("unchecked")
            var applicant = (Map<String, Object>) submission.get("applicant");
            applicant.put("email", email);
            return submission;
        }).get("id").asText();
    }

    private void decide(String id, String decision, String reason) {
        var body = new java.util.HashMap<String, Object>(Map.of("decision", decision));
        if (reason != null) {
            body.put("reason", reason);
        }
        assertThat(post(TEAM.get(0), "/api/applications/" + id + "/decision", body).getStatusCode().value())
                .isEqualTo(200);
    }

    private static List<MimeMessage> mailsTo(String address) {
        return List.of(SMTP.getReceivedMessages()).stream()
                .filter(mail -> recipients(mail).contains(address))
                .toList();
    }

    private static String recipients(MimeMessage mail) {
        try {
            return java.util.Arrays.toString(mail.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage mail) throws IOException, jakarta.mail.MessagingException {
        return String.valueOf(mail.getContent()).replace("\r\n", "\n");
    }

    private static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
