package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The product settings through the API: what they start as, every bad field named, and what a change does to
 * classification, the reasons offered, and the parts of the review screen and the API that a grant switches off.
 * Each test puts the settings back as they were: the running application is shared.
 */
class SettingsApiIntegrationTests extends IntegrationTestSupport {

    private JsonNode original;

    @BeforeEach
    void keepTheSettings() {
        original = read(get(ADMIN, "/api/settings"));
    }

    @AfterEach
    void restoreTheSettings() {
        assertThat(put(ADMIN, "/api/settings", original).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void theSettingsStartFromTheConfiguration() {
        assertThat(original.get("classification").get("RISKY").asText()).isEqualTo("REJECTED");
        assertThat(original.get("classification").get("SAFE").asText()).isEqualTo("PENDING");
        assertThat(original.at("/reasons/reject/0").asText()).isEqualTo("Name does not match the PAN");
        assertThat(original.at("/emailTemplates/ACCEPTED/subject").asText()).contains("{{applicationId}}");
        assertThat(original.at("/sla/businessDays").asInt()).isEqualTo(2);
        assertThat(original.at("/kra/priority/0").asText()).isEqualTo("CVL");
        assertThat(original.at("/kra/retryCycle").asText()).isEqualTo("R3/PT1S");
        assertThat(original.get("grants").get("NOTES").asBoolean()).isTrue();
    }

    @Test
    void badSettingsAreRefusedNamingEveryFieldAndNothingChanges() {
        ObjectNode bad = original.deepCopy();
        ((ObjectNode) bad.get("classification")).put("SAFE", "DRAFT");
        bad.withArray("/reasons/reject").add(" ");
        ((ObjectNode) bad.at("/emailTemplates/ACCEPTED")).put("subject", "");
        ((ObjectNode) bad.get("sla")).put("businessDays", 0);

        var refused = put(ADMIN, "/api/settings", bad);

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(read(refused).get("errors").toString()).contains("classification.SAFE", "reasons.reject[5]",
                "emailTemplates.ACCEPTED.subject", "sla.businessDays");

        ObjectNode unknownKra = original.deepCopy();
        ((ObjectNode) unknownKra.get("kra")).putArray("priority").add("NDML");
        ((ObjectNode) unknownKra.get("kra")).put("retryCycle", "every minute");
        var alsoRefused = put(ADMIN, "/api/settings", unknownKra);
        assertThat(alsoRefused.getStatusCode().value()).isEqualTo(422);
        assertThat(read(alsoRefused).get("errors").toString()).contains("kra.priority", "NDML", "kra.retryCycle");

        assertThat(read(get(ADMIN, "/api/settings"))).isEqualTo(original);
    }

    @Test
    void aChangedClassificationMapDecidesWhereTheNextApplicationStartsAndIsAudited() {
        String pending = submitAssignedTo(TEAM.get(0)).get("id").asText();
        ObjectNode changed = original.deepCopy();
        ((ObjectNode) changed.get("classification")).put("SAFE", "ACCEPTED");
        changed.withArray("/reasons/reject").add("Signed by someone else");

        assertThat(put(ADMIN, "/api/settings", changed).getStatusCode().value()).isEqualTo(200);
        JsonNode submitted = submit(Submissions.valid(DISTRIBUTOR_ARN, freshPan('1')));

        assertThat(submitted.get("riskClass").asText()).isEqualTo("SAFE");
        assertThat(application(submitted.get("id").asText()).get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(read(get(ADMIN, "/api/audit")).toString())
                .contains("settings classification", "\\\"SAFE\\\":\\\"PENDING\\\"", "\\\"SAFE\\\":\\\"ACCEPTED\\\"");
        assertThat(get(TEAM.get(0), "/applications/" + pending).getBody()).contains("Signed by someone else");
    }

    @Test
    void aGrantSwitchedOffHidesItsSectionAndRefusesItsApi() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();
        ObjectNode changed = original.deepCopy();
        ((ObjectNode) changed.get("grants")).put("NOTES", false).put("REPUSH", false);

        assertThat(put(ADMIN, "/api/settings", changed).getStatusCode().value()).isEqualTo(200);

        var note = post(TEAM.get(0), "/api/applications/" + id + "/notes", Map.of("text", "should not be kept"));
        assertThat(note.getStatusCode().value()).isEqualTo(403);
        assertThat(read(note).get("detail").asText()).contains("Notes is switched off");
        assertThat(post(TEAM.get(0), "/api/applications/" + id + "/kra/repush", null).getStatusCode().value())
                .isEqualTo(403);
        assertThat(get(TEAM.get(0), "/applications/" + id).getBody()).doesNotContain("Internal notes")
                .contains("History");

        put(ADMIN, "/api/settings", original);
        assertThat(get(TEAM.get(0), "/applications/" + id).getBody()).contains("Internal notes");
        assertThat(read(get(TEAM.get(0), "/api/applications/" + id + "/notes")).get("items")).isEmpty();
    }

    @Test
    void theSettingsAreForAdminsOnly() {
        for (String user : List.of(MANAGER, TEAM.get(0), DISTRIBUTOR_LOGIN)) {
            assertThat(get(user, "/api/settings").getStatusCode().value()).isEqualTo(403);
            assertThat(put(user, "/api/settings", original).getStatusCode().value()).isEqualTo(403);
            assertThat(get(user, "/settings").getStatusCode().value()).as("the settings page").isEqualTo(403);
        }
    }
}
