package io.backops.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.backops.IntegrationTestSupport;
import io.backops.Submissions;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The regulatory clocks through the real flow: each step starts and stops its clock, an application accepted and
 * left unpushed past its upload deadline shows as breached (once: timeline, counter, the manager's email, the
 * deadlines list), and the late upload then meets it and starts the KRA's own clock.
 */
class DeadlinesIntegrationTests extends IntegrationTestSupport {

    @Autowired
    private BreachWatch watch;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private MeterRegistry meters;

    @AfterEach
    void noFaultsLeft() {
        kraFault("none", 0, null);
    }

    @Test
    void anAcceptedApplicationLeftUnpushedPastItsDeadlineIsBreachedOnce() {
        String pan = freshPan('1');
        kraFault("http500", 50, pan);
        String reviewer = TEAM.get(0);
        String id = submitAssignedTo(reviewer, ADMIN, () -> Submissions.valid(DISTRIBUTOR_ARN, pan)).get("id").asText();
        OffsetDateTime acceptedAround = OffsetDateTime.now();
        var decided = post(reviewer, "/api/applications/" + id + "/decision", Map.of("decision", "ACCEPT"));
        assertThat(decided.getStatusCode().value()).as(decided.getBody()).isEqualTo(200);

        assertThat(deadline(id, "REVIEW").get("state").asText()).isEqualTo("MET");
        JsonNode upload = deadline(id, "KRA_UPLOAD");
        assertThat(upload.get("state").asText()).isEqualTo("ON_TRACK");
        assertThat(OffsetDateTime.parse(upload.get("due").asText()))
                .as("three business days: at least three days, at most a long weekend more")
                .isAfter(acceptedAround.plusDays(3).minusMinutes(1)).isBefore(acceptedAround.plusDays(8));
        double breachesBefore = breaches("KRA_UPLOAD");

        // Three business days pass with the KRA still failing.
        jdbc.sql("update application_deadline set due_at = ? where application_id = ? and name = 'KRA_UPLOAD'")
                .params(OffsetDateTime.now().minusMinutes(1), id).update();
        watch.recordBreaches();
        watch.recordBreaches();

        assertThat(deadline(id, "KRA_UPLOAD").get("state").asText()).isEqualTo("BREACHED");
        assertThat(events(id).stream().filter("DEADLINE_BREACHED"::equals)).hasSize(1);
        assertThat(breaches("KRA_UPLOAD")).isEqualTo(breachesBefore + 1);
        assertThat(listed(MANAGER, "BREACHED", "KRA_UPLOAD")).contains(id);
        assertThat(listed(ADMIN, "BREACHED", null)).contains(id);
        assertThat(listed(OTHER_MANAGER, "BREACHED", null)).doesNotContain(id);
        assertThat(listed(MANAGER, "BREACHED", "REVIEW")).doesNotContain(id);
        assertThat(get(reviewer, "/api/deadlines?state=BREACHED").getStatusCode().value()).isEqualTo(403);
        String managerEmail = read(get(ADMIN, "/api/users/" + MANAGER)).findValue("email").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(managerEmail, "Deadline missed: KRA_UPLOAD of " + id));
        String dashboard = page(MANAGER, "/").getBody();
        assertThat(dashboard).contains("id=\"deadlines-breached\"", id);

        // The KRA comes back; the late upload meets the upload's clock and starts the KRA's.
        kraFault("none", 0, null);
        await().atMost(Duration.ofSeconds(30)).until(() -> incidentOrUploaded(id));
        if (!application(id).get("kraStatus").asText().equals("UNDER_PROCESS")) {
            assertThat(post(reviewer, "/api/applications/" + id + "/kra/repush", null).getStatusCode().value())
                    .isEqualTo(202);
        }
        awaitKraStatus(id, "UNDER_PROCESS");
        JsonNode met = deadline(id, "KRA_UPLOAD");
        assertThat(met.get("state").asText()).isEqualTo("MET");
        assertThat(OffsetDateTime.parse(met.get("metAt").asText())).isAfter(OffsetDateTime.parse(met.get("due").asText()));
        assertThat(deadline(id, "KRA_VALIDATION").get("state").asText()).isEqualTo("ON_TRACK");
        assertThat(listed(MANAGER, "BREACHED", "KRA_UPLOAD")).doesNotContain(id);
    }

    @Test
    void aFourEyesDecisionStopsTheReviewClockAndStartsTheApprovalClock() {
        JsonNode before = fourEyesOnAccepting(List.of("UNCERTAIN"));
        try {
            String reviewer = TEAM.get(0);
            String id = uncertainAssignedTo(reviewer);
            assertThat(deadline(id, "REVIEW").get("state").asText()).isEqualTo("ON_TRACK");

            post(reviewer, "/api/applications/" + id + "/decision", Map.of("decision", "ACCEPT", "reason", "Fine"));
            assertThat(deadline(id, "REVIEW").get("state").asText()).isEqualTo("MET");
            // One business day for the checker here: due soon from the start.
            assertThat(deadline(id, "APPROVAL").get("state").asText()).isIn("ON_TRACK", "DUE_SOON");

            var refused = post(MANAGER, "/api/applications/" + id + "/approval",
                    Map.of("approve", false, "reason", "Check the address again"));
            assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(204);
            assertThat(deadline(id, "APPROVAL").get("state").asText()).isEqualTo("MET");
            assertThat(deadline(id, "REVIEW").get("state").asText()).as("the review runs again").isEqualTo("ON_TRACK");
            assertThat(read(get(DISTRIBUTOR_LOGIN, "/api/applications/" + id)).has("deadlines"))
                    .as("the channel does not see the back office's clocks").isFalse();
        } finally {
            restoreSettings(before);
        }
    }

    @Test
    void onlyDueSoonAndBreachedMakeAList() {
        var answer = get(ADMIN, "/api/deadlines?state=ON_TRACK");
        assertThat(answer.getStatusCode().value()).isEqualTo(422);
        assertThat(answer.getBody()).contains("\"field\":\"state\"");
        assertThat(get(ADMIN, "/api/deadlines?state=BREACHED&size=0").getBody()).contains("\"field\":\"size\"");
    }

    private JsonNode deadline(String id, String name) {
        for (JsonNode deadline : read(get(ADMIN, "/api/applications/" + id)).get("deadlines")) {
            if (deadline.get("name").asText().equals(name)) {
                return deadline;
            }
        }
        throw new AssertionError(id + " has no " + name + " deadline");
    }

    private List<String> listed(String viewer, String state, String name) {
        List<String> ids = new ArrayList<>();
        var answer = read(get(viewer, "/api/deadlines?state=" + state + "&size=200" + (name == null ? "" : "&name=" + name)));
        answer.get("items").forEach(item -> ids.add(item.get("applicationId").asText()));
        return ids;
    }

    private List<String> events(String id) {
        List<String> events = new ArrayList<>();
        read(get(ADMIN, "/api/applications/" + id + "/history?size=200")).get("items")
                .forEach(entry -> events.add(entry.get("event").asText()));
        return events;
    }

    private double breaches(String name) {
        var counter = meters.find("backops.deadline.breaches").tag("name", name).counter();
        return counter == null ? 0 : counter.count();
    }

    private boolean mailTo(String address, String subject) {
        return Arrays.stream(SMTP.getReceivedMessages()).anyMatch(message -> {
            try {
                return subject.equals(message.getSubject()) && Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(recipient -> recipient.toString().contains(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private boolean incidentOrUploaded(String id) {
        JsonNode integration = read(get(ADMIN, "/api/applications/" + id + "/integration"));
        return integration.has("incident") || application(id).get("kraStatus").asText()
                .equals("UNDER_PROCESS");
    }
}
