package io.backops.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backops.IntegrationTestSupport;
import io.backops.Submissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** {@code POST /api/applications/bulk} over real HTTP: each item under the single action's rules, audited once. */
class BulkActionsIntegrationTests extends IntegrationTestSupport {

    private static final String BULK = "/api/applications/bulk";

    @Test
    void managerReassignsHisTeamsWorkAndEveryOtherItemSaysWhyNot() {
        String mine1 = submitAssignedTo(TEAM.get(0)).get("id").asText();
        String mine2 = submitAssignedTo(TEAM.get(0)).get("id").asText();
        String otherTeam = submitAssignedTo(OUTSIDER).get("id").asText();
        String decided = submitAssignedTo(TEAM.get(0)).get("id").asText();
        assertThat(post(TEAM.get(0), "/api/applications/" + decided + "/decision", Map.of("decision", "ACCEPT"))
                .getStatusCode().value()).isEqualTo(200);

        var response = bulk(MANAGER, null, Map.of("action", "REASSIGN", "to", TEAM.get(1),
                "ids", List.of(mine1, otherTeam, decided, mine2, mine1)));

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        JsonNode result = read(response);
        assertThat(result.get("done").asInt()).isEqualTo(2);
        assertThat(result.get("refused").asInt()).isEqualTo(2);
        assertThat(outcomes(result)).containsExactly(mine1 + " DONE", otherTeam + " 404", decided + " 409",
                mine2 + " DONE");
        // The very problems the single call answers.
        assertThat(put(MANAGER, "/api/applications/" + otherTeam + "/assignee", Map.of("username", TEAM.get(1)))
                .getStatusCode().value()).isEqualTo(404);
        assertThat(result.at("/items/2/problem/detail").asText())
                .isEqualTo(read(put(MANAGER, "/api/applications/" + decided + "/assignee",
                        Map.of("username", TEAM.get(1)))).get("detail").asText());
        assertThat(application(mine1).get("assignee").asText()).isEqualTo(TEAM.get(1));
        assertThat(application(otherTeam).get("assignee").asText()).isEqualTo(OUTSIDER);
        assertThat(events(mine1)).contains("ASSIGNED", "BULK_ACTION");
        assertThat(events(otherTeam)).doesNotContain("BULK_ACTION");

        var audit = read(get(ADMIN, "/api/audit?user=" + MANAGER)).get("items");
        List<String> bulkAudits = new ArrayList<>();
        audit.forEach(entry -> {
            if ("BULK_ACTION".equals(entry.get("event").asText())
                    && entry.get("subject").asText().equals("bulk " + result.get("id").asText())) {
                bulkAudits.add(entry.get("detail").asText());
            }
        });
        assertThat(bulkAudits).as("audited once").hasSize(1);
        assertThat(bulkAudits.get(0)).contains("REASSIGN to " + TEAM.get(1), "4 applications", "2 done, 2 refused");
        // The full list of ids stays readable: for the one who ran it and the admins, nobody else.
        assertThat(read(get(ADMIN, BULK + "/" + result.get("id").asText())).get("items")).hasSize(4);
        assertThat(get(MANAGER, BULK + "/" + result.get("id").asText()).getStatusCode().value()).isEqualTo(200);
        assertThat(get(OTHER_MANAGER, BULK + "/" + result.get("id").asText()).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void theSameRequestTwiceIsDoneOnce() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();
        String key = UUID.randomUUID().toString();
        var request = Map.of("action", "ADD_NOTE", "ids", List.of(id), "text", "Called the investor");

        JsonNode first = read(bulk(MANAGER, key, request));
        JsonNode second = read(bulk(MANAGER, key, request));

        assertThat(first.get("replayed").asBoolean()).isFalse();
        assertThat(second.get("replayed").asBoolean()).isTrue();
        assertThat(second.get("id").asText()).isEqualTo(first.get("id").asText());
        assertThat(read(get(MANAGER, "/api/applications/" + id + "/notes")).get("items")).hasSize(1);
        assertThat(events(id).stream().filter("NOTE_ADDED"::equals)).hasSize(1);
    }

    @Test
    void repushUsesTheSingleRule() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();

        JsonNode result = read(bulk(ADMIN, null, Map.of("action", "REPUSH", "ids", List.of(id))));

        assertThat(outcomes(result)).containsExactly(id + " 409");
        assertThat(result.at("/items/0/problem/detail").asText()).contains("Nothing to re-push");
    }

    @Test
    void badRequestsAreRefusedWholeNamingEveryField() {
        var tooMany = IntStream.range(0, 501).mapToObj(i -> "APP-2026-" + i).toList();
        var response = bulk(MANAGER, null, Map.of("action", "REASSIGN", "to", TEAM.get(1), "ids", tooMany));
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody()).contains("\"field\":\"ids\"");

        var missing = new HashMap<String, Object>(Map.of("ids", List.of("APP-2026-000001")));
        response = bulk(MANAGER, null, missing);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody()).contains("\"field\":\"action\"");

        response = bulk(MANAGER, null, Map.of("action", "REASSIGN", "ids", List.of("APP-2026-000001")));
        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getBody()).contains("\"field\":\"to\"");

        response = bulk(MANAGER, "bad key with spaces", Map.of("action", "REPUSH", "ids", List.of("APP-2026-000001")));
        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getBody()).contains("Idempotency-Key");

        response = bulk(TEAM.get(0), null, Map.of("action", "REPUSH", "ids", List.of("APP-2026-000001")));
        assertThat(response.getStatusCode().value()).isEqualTo(403);
    }

    private ResponseEntity<String> bulk(String user, String key, Object body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            headers.set("Idempotency-Key", key);
        }
        return http.withBasicAuth(user, passwordOf(user)).exchange(BULK, HttpMethod.POST, new HttpEntity<>(body, headers),
                String.class);
    }

    private static List<String> outcomes(JsonNode result) {
        List<String> outcomes = new ArrayList<>();
        result.get("items").forEach(item -> outcomes.add(item.get("applicationId").asText() + " "
                + ("DONE".equals(item.get("outcome").asText()) ? "DONE" : item.get("status").asText())));
        return outcomes;
    }

    private List<String> events(String id) {
        List<String> events = new ArrayList<>();
        read(get(ADMIN, "/api/applications/" + id + "/history")).get("items")
                .forEach(entry -> events.add(entry.get("event").asText()));
        return events;
    }

    static Map<String, Object> submission(String arn) {
        return Submissions.valid(arn, freshPan('1'));
    }
}
