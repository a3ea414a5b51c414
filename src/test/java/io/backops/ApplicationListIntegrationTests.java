package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code GET /api/applications}: tabs and counts, filters, search, both sort orders, keyset paging, scope. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicationListIntegrationTests extends IntegrationTestSupport {

    /** An AMC of this run only, so the counts below are exact whatever else the database holds. */
    private final String amc = "List AMC " + System.nanoTime();
    private final List<JsonNode> submitted = new ArrayList<>();

    @BeforeAll
    void fiveApplicationsOneRejectedOneDraft() {
        ensurePeopleOnce();
        for (int i = 0; i < 5; i++) {
            var submission = Submissions.valid(DISTRIBUTOR_ARN, freshPan('1'));
            submission.put("amc", amc);
            Submissions.applicant(submission).put("name", "LISTING PERSON " + (char) ('A' + i));
            submitted.add(submit(submission));
        }
        decide(submitted.get(1), "REJECT");
        decide(submitted.get(2), "DRAFT");
    }

    @Test
    void tabsCountWithinTheFilter() {
        JsonNode all = list(ADMIN, "");

        assertThat(all.get("counts").get("ALL").asLong()).isEqualTo(5);
        assertThat(all.get("counts").get("PENDING").asLong()).isEqualTo(3);
        assertThat(all.get("counts").get("REJECTED").asLong()).isEqualTo(1);
        assertThat(all.get("counts").get("DRAFT").asLong()).isEqualTo(1);
        assertThat(all.get("counts").get("ACCEPTED").asLong()).isZero();
        assertThat(list(ADMIN, "&status=PENDING").get("items")).hasSize(3)
                .allSatisfy(item -> assertThat(item.get("status").asText()).isEqualTo("PENDING"));
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        List<String> ids = new ArrayList<>();
        String cursor = "";
        int pages = 0;
        do {
            JsonNode page = list(ADMIN, "&size=2" + cursor);
            page.get("items").forEach(item -> ids.add(item.get("id").asText()));
            cursor = page.hasNonNull("nextCursor") ? "&cursor=" + page.get("nextCursor").asText() : null;
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(ids).containsExactlyElementsOf(newestFirst());
    }

    @Test
    void oldestFirstIsTheReverse() {
        List<String> ids = new ArrayList<>();
        list(ADMIN, "&sort=submittedAt,asc").get("items").forEach(item -> ids.add(item.get("id").asText()));
        List<String> oldestFirst = newestFirst();
        java.util.Collections.reverse(oldestFirst);
        assertThat(ids).containsExactlyElementsOf(oldestFirst);
    }

    @Test
    void searchFindsByIdPanOrName() {
        JsonNode third = submitted.get(3);
        String pan = read(get(ADMIN, "/api/applications/" + third.get("id").asText())).at("/applicant/maskedPan").asText();

        assertThat(list(ADMIN, "&q=" + third.get("id").asText()).get("items")).hasSize(1);
        assertThat(list(ADMIN, "&q=listing+person+d").get("items")).extracting(item -> item.get("id").asText())
                .containsExactly(third.get("id").asText());
        assertThat(pan).startsWith("******");
        assertThat(list(ADMIN, "&q=" + pan.replace("*", "")).get("items")).as("a partial PAN finds nothing").isEmpty();
    }

    @Test
    void everyoneSeesOnlyTheirScope() {
        for (String reviewer : List.of(TEAM.get(0), TEAM.get(1), OUTSIDER)) {
            list(reviewer, "").get("items").forEach(item ->
                    assertThat(item.get("assignee").asText()).isEqualTo(reviewer));
        }
        JsonNode distributorView = list(DISTRIBUTOR_LOGIN, "");
        assertThat(distributorView.get("counts").get("ALL").asLong()).isEqualTo(5);
        distributorView.get("items").forEach(item -> assertThat(item.has("assignee")).isFalse());
        assertThat(list(OTHER_DISTRIBUTOR_LOGIN, "").get("counts").get("ALL").asLong()).isZero();
        // Other tests add reviewers to the manager's team (company sign-in's), so his team is read, not listed here.
        List<String> managersScope = new java.util.ArrayList<>(users.team(MANAGER));
        managersScope.add(MANAGER);
        assertThat(managersScope).contains(TEAM.get(0), TEAM.get(1), SPARE).doesNotContain(OUTSIDER);
        list(MANAGER, "").get("items").forEach(item ->
                assertThat(item.get("assignee").asText()).isIn(managersScope));
    }

    @Test
    void filtersCombine() {
        assertThat(list(ADMIN, "&distributor=" + OTHER_DISTRIBUTOR_ARN).get("counts").get("ALL").asLong()).isZero();
        assertThat(list(ADMIN, "&distributor=" + DISTRIBUTOR_ARN + "&distributor=" + OTHER_DISTRIBUTOR_ARN)
                .get("counts").get("ALL").asLong()).isEqualTo(5);
    }

    @Test
    void badParametersAreNamed() {
        var response = get(ADMIN, "/api/applications?status=OPEN&sort=name&size=0&cursor=bm9wZQ");
        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(read(response).get("errors")).extracting(error -> error.get("field").asText())
                .containsExactlyInAnyOrder("status", "sort", "size", "cursor");
    }

    private List<String> newestFirst() {
        List<String> ids = new ArrayList<>(submitted.stream().map(s -> s.get("id").asText()).toList());
        java.util.Collections.reverse(ids);
        return ids;
    }

    private JsonNode list(String user, String parameters) {
        var response = get(user, "/api/applications?amc=" + URLEncoder.encode(amc, StandardCharsets.UTF_8) + parameters);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return read(response);
    }

    private void decide(JsonNode application, String decision) {
        var response = post(ADMIN, "/api/applications/" + application.get("id").asText() + "/decision",
                Map.of("decision", decision, "reason", "list test"));
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    }
}
