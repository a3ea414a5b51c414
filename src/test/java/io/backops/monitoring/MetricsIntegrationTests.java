package io.backops.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.backops.IntegrationTestSupport;
import io.backops.Submissions;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code /actuator/prometheus} as Prometheus scrapes it (HTTP Basic, real HTTP): who may read it, and that the
 * meters move when the things they count happen, a KRA outage first.
 */
class MetricsIntegrationTests extends IntegrationTestSupport {

    private static final String SCRAPE = "/actuator/prometheus";

    @Test
    void onlyItAdminsReadTheMetrics() {
        assertThat(http.getForEntity(SCRAPE, String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(get(TEAM.get(0), SCRAPE).getStatusCode().value()).isEqualTo(403);
        assertThat(get(MANAGER, SCRAPE).getStatusCode().value()).isEqualTo(403);
        assertThat(get(DISTRIBUTOR_LOGIN, SCRAPE).getStatusCode().value()).isEqualTo(403);
        assertThat(get(ADMIN, SCRAPE).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void scrapeHoldsEngineHttpAndBackopsMeters() {
        get(ADMIN, "/api/applications");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String scrape = scrape();
            assertThat(value(scrape, "camunda_job_acquisition_attempt_total")).isPositive();
            assertThat(scrape).contains("http_server_requests_seconds_bucket{", "uri=\"/api/applications\"",
                    "camunda_jobs{", "state=\"due\"", "backops_kra_pushes{", "backops_outbox_messages{",
                    "state=\"failed\"", "backops_accounts_locked ", "backops_reviews_near_sla",
                    "backops_approvals_waiting{", "backops_deadlines_breached{", "name=\"KRA_UPLOAD\"",
                    "backops_deadline_breaches_total{", "name=\"KRA_VALIDATION\"");
        });
    }

    @Test
    void kraOutageMovesTheKraCallsAndRaisesAnIncident() {
        double errorsBefore = value(scrape(), "backops_kra_calls_total", "agency=\"CVL\"", "operation=\"INQUIRE\"",
                "outcome=\"ERROR\"");
        String pan = freshPan('1');
        kraFault("http500", 50, pan);
        try {
            String id = submitAssignedTo(TEAM.get(0), ADMIN, () -> Submissions.valid(DISTRIBUTOR_ARN, pan))
                    .get("id").asText();
            assertThat(post(TEAM.get(0), "/api/applications/" + id + "/decision", Map.of("decision", "ACCEPT"))
                    .getStatusCode().value()).isEqualTo(200);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                String scrape = scrape();
                assertThat(value(scrape, "backops_kra_calls_total", "agency=\"CVL\"", "operation=\"INQUIRE\"",
                        "outcome=\"ERROR\"")).isGreaterThanOrEqualTo(errorsBefore + 3);
                assertThat(value(scrape, "camunda_incidents_open", "activity=\"service_push_kra\"",
                        "type=\"failedJob\"")).isGreaterThanOrEqualTo(1);
                assertThat(value(scrape, "backops_kra_pushes", "state=\"failing\"")).isGreaterThanOrEqualTo(1);
                assertThat(value(scrape, "camunda_job_failed_total")).isGreaterThanOrEqualTo(3);
            });
        } finally {
            kraFault("none", 0, null);
        }
    }

    @Test
    void pendingWorkIsCountedPerTeam() {
        double before = value(scrape(), "backops_applications_open", "status=\"PENDING\"", "team=\"" + MANAGER + "\"");

        submitAssignedTo(TEAM.get(1));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(value(scrape(), "backops_applications_open", "status=\"PENDING\"",
                        "team=\"" + MANAGER + "\"")).isGreaterThanOrEqualTo(before + 1));
    }

    @Test
    void failedSignInsAreCounted() {
        double before = value(scrape(), "backops_sign_in_failures_total");

        assertThat(http.withBasicAuth(OUTSIDER, "not-the-password-1").getForEntity("/api/me", String.class)
                .getStatusCode().value()).isEqualTo(401);

        assertThat(value(scrape(), "backops_sign_in_failures_total")).isEqualTo(before + 1);
        assertThat(scrape()).doesNotContain("not-the-password-1");
    }

    private String scrape() {
        var response = get(ADMIN, SCRAPE);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return response.getBody();
    }

    /** The sum of the samples of {@code name} whose labels contain all of {@code labels} (0 when there is none). */
    static double value(String scrape, String name, String... labels) {
        double sum = 0;
        var sample = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*})? (\\S+)$", Pattern.MULTILINE)
                .matcher(scrape);
        while (sample.find()) {
            String labelSet = sample.group(1) == null ? "" : sample.group(1);
            boolean matches = true;
            for (String label : labels) {
                matches &= labelSet.contains(label);
            }
            if (matches) {
                sum += Double.parseDouble(sample.group(2));
            }
        }
        return sum;
    }
}
