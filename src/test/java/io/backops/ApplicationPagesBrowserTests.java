package io.backops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The back office's day in a real browser: a reviewer decides his queue (accept, reject with a reason, send back
 * for redo), a manager moves a review within his team, an admin re-pushes after a KRA outage. Screenshots land in
 * {@code target/screenshots/}.
 */
class ApplicationPagesBrowserTests extends IntegrationTestSupport {

    @LocalServerPort
    private int port;

    @Test
    void reviewerAcceptsRejectsWithAReasonAndSendsBackForRedo() {
        String reviewer = TEAM.get(0);
        String accepted = submitAssignedTo(reviewer).get("id").asText();
        String rejected = submitAssignedTo(reviewer).get("id").asText();
        String redo = submitAssignedTo(reviewer).get("id").asText();
        try (var browser = new Browser("http://localhost:" + port)) {
            browser.open("/");
            browser.signIn(reviewer, PASSWORD);
            browser.waitForText("My queue");
            browser.screenshot("portal-dashboard-reviewer");

            browser.click(By.id("count-PENDING"));
            browser.waitForText(accepted);
            browser.screenshot("portal-applications-pending");
            browser.click(By.linkText(accepted));
            browser.waitForText("Documents");
            browser.screenshot("portal-application-review");
            browser.click(By.id("accept"));
            browser.waitForText("Accepted " + accepted);

            browser.open("/applications/" + rejected);
            browser.clickAndConfirm(By.id("reject"));
            browser.waitForText("Reason is required");
            assertThat(browser.find(By.id("reason")).getAttribute("aria-invalid")).isEqualTo("true");
            browser.screenshot("portal-reject-without-reason");
            browser.select(By.id("reason-picker"), "Documents are not legible");
            browser.clickAndConfirm(By.id("reject"));
            browser.waitForText("Rejected " + rejected);

            browser.open("/applications/" + redo);
            browser.type(By.id("reason"), "Please upload the back side of the address proof");
            browser.clickAndConfirm(By.id("redo"));
            browser.waitForText("Sent " + redo + " back for redo");
        }
        assertThat(application(accepted).get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(application(rejected).get("decision").get("reason").asText()).isEqualTo("Documents are not legible");
        assertThat(application(redo).get("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void managerSeesHisTeamsWorkAndMovesAReview() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();
        try (var browser = new Browser("http://localhost:" + port)) {
            browser.open("/");
            browser.signIn(MANAGER, PASSWORD);
            browser.waitForText("My team's queue");
            browser.screenshot("portal-dashboard-manager");

            browser.open("/applications?status=PENDING&q=" + id);
            browser.waitForText(id);
            browser.click(By.linkText(id));
            browser.select(By.id("assign-to"), TEAM.get(1));
            browser.clickAndConfirm(By.id("reassign"));
            browser.waitForText("Assigned " + id + " to " + TEAM.get(1));
            assertThat(browser.find(By.id("assignee")).getText()).isEqualTo(TEAM.get(1));
        }
        assertThat(application(id).get("assignee").asText()).isEqualTo(TEAM.get(1));
    }

    @Test
    void adminRepushesAfterAKraOutage() {
        String pan = freshPan('1');
        kraFault("http500", 50, pan);
        var submission = Submissions.valid(DISTRIBUTOR_ARN, pan);
        String id = submitAssignedTo(TEAM.get(0), ADMIN, () -> new HashMap<>(submission)).get("id").asText();
        assertThat(post(TEAM.get(0), "/api/applications/" + id + "/decision", Map.of("decision", "ACCEPT"))
                .getStatusCode().value()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> incidentsOf(id) == 1);
        kraFault("none", 0, null);

        try (var browser = new Browser("http://localhost:" + port)) {
            browser.open("/");
            browser.signIn(ADMIN, ADMIN_PASSWORD);
            browser.waitForText("Integration problems");
            browser.click(By.linkText(id));
            browser.waitForText("KRA integration");
            browser.screenshot("portal-integration-before-repush");
            browser.clickAndConfirm(By.id("repush"));
            browser.waitForText("Re-push of " + id + " scheduled");
        }
        awaitKraStatus(id, "UNDER_PROCESS");
        assertThat(incidentsOf(id)).isZero();
    }

    @Test
    void pagesFitATabletWithoutScrollingSideways() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();
        try (var browser = new Browser("http://localhost:" + port)) {
            browser.resize(820, 1180);
            browser.open("/applications/" + id);
            browser.signIn(TEAM.get(0), PASSWORD);
            browser.waitForText("Documents");
            browser.screenshot("portal-application-tablet");
            assertThat(browser.scrollsSideways()).as("application page on a tablet").isFalse();

            browser.open("/applications?status=ALL");
            browser.waitForText(id);
            browser.screenshot("portal-applications-tablet");
            assertThat(browser.scrollsSideways()).as("list on a tablet (the table scrolls in its own box)").isFalse();

            browser.open("/");
            browser.waitForText("My queue");
            assertThat(browser.scrollsSideways()).as("dashboard on a tablet").isFalse();
        }
    }

    @Test
    void scriptInANoteIsShownAsText() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();
        String payload = "<script>document.title='owned'</script><img src=x onerror=\"document.title='owned'\">";
        try (var browser = new Browser("http://localhost:" + port)) {
            browser.open("/applications/" + id);
            browser.signIn(TEAM.get(0), PASSWORD);
            browser.type(By.id("note"), payload);
            browser.click(By.id("add-note"));
            browser.waitForText("Note added.");
            browser.waitForText(payload);
            browser.screenshot("portal-note-as-text");
            assertThat(browser.title()).doesNotContain("owned");
        }
    }
}
