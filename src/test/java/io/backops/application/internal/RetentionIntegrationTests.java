package io.backops.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backops.IntegrationTestSupport;
import io.backops.Submissions;
import io.backops.application.ApplicationRetention;
import io.backops.document.Documents;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Retention and erasure through the API and the job: an admin's request erases a rejected application's personal
 * data everywhere it was (the application, documents, notes, emails) and keeps what the reports count; the law, a
 * legal hold and unfinished work refuse it, named; the job erases what passed its period and skips what is held.
 */
class RetentionIntegrationTests extends IntegrationTestSupport {

    @Autowired
    private ApplicationRetention retention;
    @Autowired
    private Documents documents;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void anAdminErasesARejectedApplicationsPersonalDataEverywhere() {
        String id = rejected(freshPan('1'));
        post(TEAM.get(0), "/api/applications/" + id + "/notes", Map.of("text", "Spoke to Mr Rao on 98xxxxxx"));
        assertThat(documents.of(id)).isNotEmpty();

        var noReason = post(ADMIN, "/api/applications/" + id + "/erasure", Map.of());
        assertThat(noReason.getStatusCode().value()).isEqualTo(422);
        assertThat(noReason.getBody()).contains("\"field\":\"reason\"");
        assertThat(post(MANAGER, "/api/applications/" + id + "/erasure", Map.of("reason", "asked"))
                .getStatusCode().value()).isEqualTo(403);
        var erased = post(ADMIN, "/api/applications/" + id + "/erasure", Map.of("reason", "The investor asked (DPDP)"));
        assertThat(erased.getStatusCode().value()).as(erased.getBody()).isEqualTo(204);

        JsonNode application = application(id);
        assertThat(application.toString()).doesNotContain("ASHA", "asha@", "MG Road", "9876543210", "1990-08-15");
        assertThat(application.at("/applicant/name").asText()).isEqualTo("ERASED");
        assertThat(application.get("status").asText()).as("what the reports count stays").isEqualTo("REJECTED");
        assertThat(application.get("documents")).isEmpty();
        assertThat(documents.of(id)).isEmpty();
        assertThat(read(get(ADMIN, "/api/applications/" + id + "/notes")).get("items").get(0).get("text").asText())
                .isEqualTo("ERASED");
        JsonNode notifications = read(get(ADMIN, "/api/applications/" + id + "/notifications")).get("items");
        notifications.forEach(delivery -> assertThat(delivery.get("recipient").asText()).isEqualTo("ERASED"));
        assertThat(jdbc.sql("select count(*) from investor_application where id = ? and pan = 'ERASED'").param(id)
                .query(Long.class).single()).isEqualTo(1);
        JsonNode last = lastTimelineEntry(id);
        assertThat(last.get("event").asText()).isEqualTo("ERASED");
        assertThat(last.get("actor").asText()).isEqualTo(ADMIN);
        assertThat(last.get("detail").asText()).isEqualTo("The investor asked (DPDP)");

        assertThat(post(ADMIN, "/api/applications/" + id + "/erasure", Map.of("reason", "again"))
                .getStatusCode().value()).as("once only").isEqualTo(409);
        var reversal = post(ADMIN, "/api/applications/" + id + "/reversal", Map.of("reason", "Wrongly rejected"));
        assertThat(reversal.getStatusCode().value()).isEqualTo(409);
        assertThat(reversal.getBody()).contains("erased");
    }

    @Test
    void theLawAHoldAndUnfinishedWorkKeepAnApplication() {
        String pending = submitAssignedTo(TEAM.get(0)).get("id").asText();
        var inProgress = post(ADMIN, "/api/applications/" + pending + "/erasure", Map.of("reason", "asked"));
        assertThat(inProgress.getStatusCode().value()).isEqualTo(409);
        assertThat(inProgress.getBody()).contains("still in progress");

        String accepted = submitAssignedTo(TEAM.get(0)).get("id").asText();
        post(TEAM.get(0), "/api/applications/" + accepted + "/decision", Map.of("decision", "ACCEPT"));
        var investor = post(ADMIN, "/api/applications/" + accepted + "/erasure", Map.of("reason", "asked"));
        assertThat(investor.getStatusCode().value()).isEqualTo(409);
        assertThat(investor.getBody()).contains("PMLA", "five years");

        String heldPan = freshPan('1');
        String held = rejected(heldPan);
        JsonNode before = holding(heldPan);
        try {
            var refused = post(ADMIN, "/api/applications/" + held + "/erasure", Map.of("reason", "asked"));
            assertThat(refused.getStatusCode().value()).isEqualTo(409);
            assertThat(refused.getBody()).contains("legal hold", "SEBI inquiry 42");
        } finally {
            restoreSettings(before);
        }
    }

    @Test
    void theJobErasesWhatPassedItsPeriodAndSkipsWhatIsHeld() {
        String old = rejected(freshPan('1'));
        String heldPan = freshPan('1');
        String oldButHeld = rejected(heldPan);
        String recent = rejected(freshPan('1'));
        // Five years and a day pass for the first two.
        jdbc.sql("update investor_application set decided_at = ? where id in (?, ?)")
                .params(OffsetDateTime.now().minusDays(5 * 365 + 2), old, oldButHeld).update();
        JsonNode before = holding(heldPan);
        try {
            JsonNode report = read(get(ADMIN, "/api/retention"));
            assertThat(report.get("due").asLong()).isGreaterThanOrEqualTo(1);
            assertThat(report.get("held").asLong()).isGreaterThanOrEqualTo(1);
            assertThat(report.at("/policy/notInvestorDays").asInt()).isEqualTo(5 * 365 + 1);

            var run = retention.eraseDue();

            assertThat(run.erased()).isGreaterThanOrEqualTo(1);
            assertThat(application(old).at("/applicant/name").asText()).isEqualTo("ERASED");
            assertThat(lastTimelineEntry(old).get("actor").asText()).isEqualTo("system");
            assertThat(application(oldButHeld).at("/applicant/name").asText()).isNotEqualTo("ERASED");
            assertThat(application(recent).at("/applicant/name").asText()).isNotEqualTo("ERASED");
            JsonNode after = read(get(ADMIN, "/api/retention"));
            assertThat(after.get("due").asLong()).isZero();
            assertThat(after.get("erased").asLong()).isGreaterThanOrEqualTo(1);
            assertThat(after.at("/lastRun/erased").asInt()).isEqualTo(run.erased());
            assertThat(get(MANAGER, "/api/retention").getStatusCode().value()).isEqualTo(403);
        } finally {
            restoreSettings(before);
        }
    }

    @Test
    void anInvestorsRecordsAreErasedFiveYearsAfterHisRelationshipEndedAndNotBefore() {
        // A PAN of its own (the round robin's other turns get other PANs), so that erasing it leaves nothing of it.
        String accepted = submitAssignedTo(TEAM.get(0), ADMIN, () -> Submissions.valid(DISTRIBUTOR_ARN, freshPan('1')))
                .get("id").asText();
        String pan = jdbc.sql("select pan from investor_application where id = ?").param(accepted)
                .query(String.class).single();
        assertThat(post(TEAM.get(0), "/api/applications/" + accepted + "/decision", Map.of("decision", "ACCEPT"))
                .getStatusCode().value()).isEqualTo(200);
        String ends = "/api/retention/relationship-ends";

        var bad = post(ADMIN, ends, Map.of("pan", "not-a-pan", "endedOn", LocalDate.now().plusDays(1).toString()));
        assertThat(bad.getStatusCode().value()).isEqualTo(422);
        assertThat(bad.getBody()).contains("\"field\":\"pan\"", "\"field\":\"endedOn\"", "\"field\":\"reason\"");
        var unknown = post(ADMIN, ends, Map.of("pan", freshPan('1'), "endedOn", "2020-01-31", "reason", "closed"));
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(post(MANAGER, ends, Map.of("pan", pan, "endedOn", "2020-01-31", "reason", "closed"))
                .getStatusCode().value()).isEqualTo(403);

        LocalDate lastYear = LocalDate.now().minusYears(1);
        var recorded = post(ADMIN, ends, Map.of("pan", pan, "endedOn", lastYear.toString(),
                "reason", "Folio closed at the investor's request"));
        assertThat(recorded.getStatusCode().value()).as(recorded.getBody()).isEqualTo(201);
        JsonNode end = read(recorded);
        assertThat(end.get("keptUntil").asText()).isEqualTo(lastYear.plusYears(5).toString());
        assertThat(end.get("applications").toString()).contains(accepted);
        assertThat(recorded.getBody()).as("the PAN only masked").doesNotContain(pan);
        // The KRA's status may be recorded after it, so the entry is looked for, not taken as the last one.
        assertThat(timelineEvents(accepted)).contains("RELATIONSHIP_ENDED");
        var tooEarly = post(ADMIN, "/api/applications/" + accepted + "/erasure", Map.of("reason", "asked"));
        assertThat(tooEarly.getStatusCode().value()).isEqualTo(409);
        assertThat(tooEarly.getBody()).contains("keeps until " + lastYear.plusYears(5));

        var withdrawn = post(ADMIN, ends + "/withdrawal", Map.of("pan", pan, "reason", "Recorded for the wrong folio"));
        assertThat(withdrawn.getStatusCode().value()).isEqualTo(204);
        assertThat(timelineEvents(accepted)).contains("RELATIONSHIP_END_WITHDRAWN");
        assertThat(post(ADMIN, "/api/applications/" + accepted + "/erasure", Map.of("reason", "asked")).getBody())
                .contains("no end of his relationship is recorded");
        assertThat(post(ADMIN, ends + "/withdrawal", Map.of("pan", pan, "reason", "again")).getStatusCode().value())
                .isEqualTo(404);

        // Corrected: the relationship ended six years ago, so the law keeps the records no more.
        assertThat(post(ADMIN, ends, Map.of("pan", pan, "endedOn", LocalDate.now().minusYears(6).toString(),
                "reason", "Folio closed in 2020")).getStatusCode().value()).isEqualTo(201);
        assertThat(read(get(ADMIN, "/api/retention")).get("due").asLong()).isPositive();

        retention.eraseDue();

        assertThat(application(accepted).at("/applicant/name").asText()).isEqualTo("ERASED");
        assertThat(application(accepted).get("status").asText()).as("what the reports count stays")
                .isEqualTo("ACCEPTED");
        assertThat(jdbc.sql("select count(*) from investor_relationship_end where pan = ?").param(pan)
                .query(Long.class).single()).as("nothing of the PAN is left").isZero();
    }

    private String rejected(String pan) {
        String id = submitAssignedTo(TEAM.get(0), ADMIN, () -> Submissions.valid(DISTRIBUTOR_ARN, pan)).get("id")
                .asText();
        var rejected = post(TEAM.get(0), "/api/applications/" + id + "/decision",
                Map.of("decision", "REJECT", "reason", "Signature missing"));
        assertThat(rejected.getStatusCode().value()).as(rejected.getBody()).isEqualTo(200);
        return id;
    }

    /** Puts a legal hold on a PAN; answers the settings as they were. */
    private JsonNode holding(String pan) {
        JsonNode before = read(get(ADMIN, "/api/settings"));
        @SuppressWarnings("unchecked")
        Map<String, Object> settings = json.convertValue(before, Map.class);
        settings.put("retention", Map.of("notInvestorDays", 5 * 365 + 1,
                "legalHolds", List.of(Map.of("pan", pan, "reason", "SEBI inquiry 42"))));
        var saved = put(ADMIN, "/api/settings", settings);
        assertThat(saved.getStatusCode().value()).as(saved.getBody()).isEqualTo(200);
        return before;
    }

    private List<String> timelineEvents(String id) {
        List<String> events = new ArrayList<>();
        read(get(ADMIN, "/api/applications/" + id + "/history?size=200")).get("items")
                .forEach(entry -> events.add(entry.get("event").asText()));
        return events;
    }

    private JsonNode lastTimelineEntry(String id) {
        List<JsonNode> entries = new ArrayList<>();
        read(get(ADMIN, "/api/applications/" + id + "/history?size=200")).get("items").forEach(entries::add);
        return entries.get(entries.size() - 1);
    }
}
