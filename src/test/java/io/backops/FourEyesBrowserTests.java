package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backops.identity.NewUser;
import io.backops.identity.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Four eyes and reversal in a real browser: a reviewer's acceptance waits, he cannot approve it himself, his manager
 * finds it under "Awaiting approval" and approves it, or approves it in Camunda Tasklist's form (and it reaches the
 * KRA); an admin asks to reverse a rejection and a second admin
 * approves it. Screenshots land in {@code target/screenshots/}.
 */
class FourEyesBrowserTests extends IntegrationTestSupport {

    private static final String SECOND_ADMIN = "tadmintwo";

    @LocalServerPort
    private int port;
    private JsonNode settingsBefore;

    @BeforeEach
    void fourEyesOnUncertainAcceptances() {
        user(new NewUser(SECOND_ADMIN, "Second Admin", "a2@test.local", null, null, Role.ADMIN, null, null));
        settingsBefore = fourEyesOnAccepting(List.of("UNCERTAIN"));
    }

    @AfterEach
    void settingsAsTheyWere() {
        restoreSettings(settingsBefore);
    }

    @Test
    void aReviewersAcceptanceWaitsAndHisManagerApprovesIt() {
        String reviewer = TEAM.get(0);
        String id = uncertainAssignedTo(reviewer);

        try (var browser = new Browser("http://localhost:" + port)) {
            browser.open("/");
            browser.signIn(reviewer, PASSWORD);
            browser.open("/applications/" + id);
            browser.click(By.id("accept"));
            browser.waitForText("waits for a second person's approval");
            assertThat(browser.find(By.id("approval-maker")).getText()).isEqualTo(reviewer);
            assertThat(browser.text()).doesNotContain("Approve").contains("A second person");
            browser.screenshot("portal-four-eyes-waiting");
        }
        try (var browser = new Browser("http://localhost:" + port)) {
            browser.open("/");
            browser.signIn(MANAGER, PASSWORD);
            browser.open("/applications?status=AWAITING_APPROVAL");
            browser.waitForText(id);
            browser.screenshot("portal-awaiting-approval-tab");
            browser.click(By.linkText(id));
            browser.waitForText("Awaiting approval (four eyes)");
            browser.clickAndConfirm(By.id("approve-decision"));
            browser.waitForText("Approved the decision on " + id);
        }
        awaitKraStatus(id, "UNDER_PROCESS");
        assertThat(application(id).get("status").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void theManagerApprovesInTasklistAndTheApplicationReachesTheKra() {
        String reviewer = TEAM.get(0);
        String id = uncertainAssignedTo(reviewer);
        var decided = post(reviewer, "/api/applications/" + id + "/decision",
                Map.of("decision", "ACCEPT", "reason", "Documents match"));
        assertThat(decided.getStatusCode().value()).as(decided.getBody()).isEqualTo(202);
        String taskId = read(get(MANAGER, "/engine-rest/task?processInstanceBusinessKey=" + id)).get(0).get("id")
                .asText();

        try (var browser = new Browser("http://localhost:" + port)) {
            browser.open("/camunda/app/tasklist/");
            browser.signIn(MANAGER, PASSWORD);
            browser.waitForUrl("/camunda/app/tasklist");
            browser.open("/camunda/app/tasklist/default/#/?task=" + taskId);
            browser.waitForText("Approve or refuse the reviewer's decision");
            browser.waitForText("Approve: the decision takes effect");
            browser.screenshot("tasklist-four-eyes-approval");
            browser.click(By.xpath("//label[contains(., 'Approve: the decision takes effect')]"));
            browser.click(By.xpath("//button[normalize-space()='Complete']"));
            // Tasklist closes the form once the engine took the answer.
            browser.waitForScript("return !document.body.innerText.includes('Approve: the decision takes effect')");
        }
        awaitKraStatus(id, "UNDER_PROCESS");
        JsonNode accepted = application(id);
        assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.at("/decision/decidedBy").asText()).isEqualTo(reviewer);
    }

    @Test
    void anAdminReversesARejectionWithASecondAdminsApproval() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();
        post(TEAM.get(0), "/api/applications/" + id + "/decision", Map.of("decision", "REJECT", "reason", "Blurred"));

        try (var browser = new Browser("http://localhost:" + port)) {
            browser.open("/");
            browser.signIn(ADMIN, ADMIN_PASSWORD);
            browser.open("/applications/" + id);
            browser.type(By.id("reversal-reason"), "The PAN was readable in the original upload");
            browser.clickAndConfirm(By.id("request-reversal"));
            browser.waitForText("it takes effect when a second person approves it");
            assertThat(browser.find(By.id("reversal-requester")).getText()).isEqualTo(ADMIN);
            assertThat(browser.text()).doesNotContain("Approve reversal");
        }
        try (var browser = new Browser("http://localhost:" + port)) {
            browser.open("/");
            browser.signIn(SECOND_ADMIN, PASSWORD);
            browser.open("/applications/" + id);
            browser.screenshot("portal-reversal-waiting");
            browser.clickAndConfirm(By.id("approve-reversal"));
            browser.waitForText("is pending review again");
        }
        assertThat(application(id).get("status").asText()).isEqualTo("PENDING");
    }
}
