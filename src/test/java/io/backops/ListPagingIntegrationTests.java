package io.backops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every list of the API is paged and sorted on the server by one rule ({@code io.backops.shared.Paging}):
 * {@code ?page=&size=} are honoured, a page beyond the end is empty, and bad values are named.
 */
class ListPagingIntegrationTests extends IntegrationTestSupport {

    private static final int FIRST_PAGES = 6;

    @Test
    void flowsAreListedAPageAtATime() {
        pagesThrough(ADMIN, "/api/flows", 2);
    }

    @Test
    void distributorsAreListedAPageAtATime() {
        pagesThrough(ADMIN, "/api/distributors", 2);
    }

    @Test
    void anApplicationsHistoryNotesAndNotificationsAreListedAPageAtATime() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();
        for (String text : new String[] {"First look", "Second look"}) {
            assertThat(post(TEAM.get(0), "/api/applications/" + id + "/notes", Map.of("text", text))
                    .getStatusCode().value()).isEqualTo(201);
        }
        assertThat(post(TEAM.get(0), "/api/applications/" + id + "/decision",
                Map.of("decision", "DRAFT", "reason", "Signature is missing")).getStatusCode().value()).isEqualTo(200);

        pagesThrough(MANAGER, "/api/applications/" + id + "/history", 3);
        JsonNode notes = pagesThrough(MANAGER, "/api/applications/" + id + "/notes", 2);
        assertThat(notes.get(0).get("text").asText()).isEqualTo("First look");
        // The outbox sends the email after the commit: page once it has, or a page may catch it before and after.
        await().atMost(Duration.ofSeconds(30)).until(() -> !read(get(MANAGER, "/api/applications/" + id
                + "/notifications")).get("items").toString().contains("\"status\":\"PENDING\""));
        pagesThrough(MANAGER, "/api/applications/" + id + "/notifications", 1);
    }

    @Test
    void integrationsAreListedAPageAtATimeNewestFirstAndAManagersPagesHoldOnlyHisTeam() {
        for (int i = 0; i < 2; i++) {
            String id = submitAssignedTo(TEAM.get(0)).get("id").asText();
            assertThat(post(TEAM.get(0), "/api/applications/" + id + "/decision", Map.of("decision", "ACCEPT"))
                    .getStatusCode().value()).isEqualTo(200);
            awaitKraStatus(id, "UNDER_PROCESS");
        }
        // The suite's other applications keep moving at the KRA (polls every second until they give up), and the list
        // may hold more than one page of 200: the first pages are compared with the whole once the list holds still.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode all = pagesThrough(ADMIN, "/api/integrations", 2, FIRST_PAGES);
            for (int i = 1; i < all.size(); i++) {
                assertThat(all.get(i - 1).get("updatedAt").asText())
                        .isGreaterThanOrEqualTo(all.get(i).get("updatedAt").asText());
            }
        });
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode managers = pagesThrough(MANAGER, "/api/integrations", 2, FIRST_PAGES);
            JsonNode others = read(get(OTHER_MANAGER, "/api/integrations?size=200")).get("items");
            others.forEach(item -> assertThat(managers.findValuesAsText("applicationId"))
                    .doesNotContain(item.get("applicationId").asText()));
        });
    }

    private JsonNode pagesThrough(String user, String path, int atLeast) {
        return pagesThrough(user, path, atLeast, Integer.MAX_VALUE);
    }

    /**
     * Pages through {@code path} one item at a time against its first page of 200 (its whole list, unless
     * {@code pages} limits the comparison to the first pages); answers that page's items.
     */
    private JsonNode pagesThrough(String user, String path, int atLeast, int pages) {
        String sep = path.contains("?") ? "&" : "?";
        JsonNode whole = read(get(user, path + sep + "size=200"));
        JsonNode items = whole.get("items");
        boolean more = whole.get("more").asBoolean();
        assertThat(items.size()).as(path).isGreaterThanOrEqualTo(atLeast);
        if (pages == Integer.MAX_VALUE) {
            assertThat(more).as(path).isFalse();
        }

        for (int page = 0; page < Math.min(items.size(), pages); page++) {
            JsonNode one = read(get(user, path + sep + "size=1&page=" + page));
            assertThat(one.get("page").asInt()).isEqualTo(page);
            assertThat(one.get("size").asInt()).isEqualTo(1);
            assertThat(one.get("items")).as(path + " page " + page).hasSize(1);
            assertThat(one.get("items").get(0)).as(path + " page " + page).isEqualTo(items.get(page));
            assertThat(one.get("more").asBoolean()).isEqualTo(more || page < items.size() - 1);
        }
        if (!more) {
            JsonNode beyond = read(get(user, path + sep + "size=1&page=" + items.size()));
            assertThat(beyond.get("items")).as(path).isEmpty();
        }

        for (String bad : new String[] {"size=0", "size=201", "page=-1", "page=50&size=200"}) {
            var refused = get(user, path + sep + bad);
            assertThat(refused.getStatusCode().value()).as(path + " " + bad).isEqualTo(422);
            assertThat(refused.getBody()).contains("\"field\":\"" + bad.substring(0, 4) + "\"");
        }
        return items;
    }
}
