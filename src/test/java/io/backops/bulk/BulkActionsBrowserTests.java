package io.backops.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backops.Browser;
import io.backops.IntegrationTestSupport;
import io.backops.Submissions;
import io.backops.distribution.DistributorManagement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A manager moves 200 of his team's reviews in one action in Chromium; three of them are decided by their
 * reviewer while he is choosing, and the summary names those three instead of hiding them.
 */
class BulkActionsBrowserTests extends IntegrationTestSupport {

    private static final int COUNT = 200;

    @LocalServerPort
    private int port;
    @Autowired
    private DistributorManagement distributors;

    @Test
    void managerReassigns200AndTheThreeDecidedMeanwhileAreReported() throws Exception {
        // A distributor of this test's own, so the manager's filtered list holds exactly these applications.
        String arn = "ARN-" + (70_000 + ThreadLocalRandom.current().nextInt(20_000_000));
        distributors.register(arn, "Bulk Test Distributor");
        List<String> ids = submit(arn);
        // The round robin spread them over every reviewer: the admin gathers them in the manager's team first.
        JsonNode gathered = read(post(ADMIN, "/api/applications/bulk",
                Map.of("action", "REASSIGN", "to", TEAM.get(0), "ids", ids)));
        assertThat(gathered.get("done").asInt()).as(gathered.toString()).isEqualTo(COUNT);

        try (var browser = new Browser("http://localhost:" + port)) {
            browser.open("/applications?status=PENDING&size=200&sort=oldest&distributor=" + arn);
            browser.signIn(MANAGER, PASSWORD);
            browser.waitForText(ids.get(COUNT - 1));
            browser.click(By.id("select-page"));
            browser.waitForText(COUNT + " selected");
            browser.select(By.id("bulk-action"), "REASSIGN");
            browser.select(By.id("bulk-to"), TEAM.get(1));
            browser.screenshot("portal-bulk-selected");

            // While the manager is about to confirm, the reviewer decides three of them.
            List<String> decided = List.of(ids.get(5), ids.get(100), ids.get(199));
            decided.forEach(id -> assertThat(post(TEAM.get(0), "/api/applications/" + id + "/decision",
                    Map.of("decision", "ACCEPT")).getStatusCode().value()).isEqualTo(200));

            browser.click(By.id("bulk-run"));
            assertThat(browser.acceptConfirmSaying()).isEqualTo("Reassign to " + TEAM.get(1) + ": 200 applications. Go ahead?");
            browser.waitForText("Reassigned 197 of 200 applications; 3 not done", Duration.ofMinutes(3));
            browser.screenshot("portal-bulk-result");
            String refused = browser.find(By.id("bulk-refused")).getText();
            decided.forEach(id -> assertThat(refused).contains(id));
            assertThat(refused).contains("409 Conflict", "is not waiting for a review");

            assertThat(application(ids.get(0)).get("assignee").asText()).isEqualTo(TEAM.get(1));
            assertThat(application(ids.get(5)).get("assignee").asText()).isEqualTo(TEAM.get(0));

            // Reloading the summary sends the form again: the stored answer comes back, nothing is done twice.
            browser.script("location.reload()");
            try {
                browser.acceptConfirm();
            } catch (org.openqa.selenium.TimeoutException e) {
                // Chromium may resend a POST on reload without asking.
            }
            browser.waitForText("nothing was done again", Duration.ofMinutes(1));
        }
    }

    private List<String> submit(String arn) throws Exception {
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        var pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Object>> submissions = new ArrayList<>();
            for (int i = 0; i < COUNT; i++) {
                submissions.add(() -> {
                    var response = post(ADMIN, "/api/applications", Submissions.valid(arn, freshPan('1')));
                    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
                    ids.add(read(response).get("id").asText());
                    return null;
                });
            }
            for (var done : pool.invokeAll(submissions)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(ids).hasSize(COUNT);
        List<String> sorted = new ArrayList<>(ids);
        Collections.sort(sorted);
        return sorted;
    }
}
