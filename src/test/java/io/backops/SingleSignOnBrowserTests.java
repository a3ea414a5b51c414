package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One sign-in in a real browser: Backops' sign-in page opens Tasklist with the user's own queue, a first sign-in
 * must replace its one-time password, and signing out of Tasklist signs out of Backops.
 */
class SingleSignOnBrowserTests extends IntegrationTestSupport {

    @LocalServerPort
    private int port;

    @Test
    void reviewerSignsInOnceForTasklistAndSignsOutOfBoth() {
        JsonNode submitted = submitAssignedTo(TEAM.get(0));
        try (var browser = new Browser("http://localhost:" + port)) {
            browser.open("/camunda/app/tasklist/");
            browser.waitForUrl("/login");
            browser.signIn(TEAM.get(0), PASSWORD);

            browser.waitForUrl("/camunda/app/tasklist");
            browser.waitForText("My tasks");
            browser.waitForText("Review application");
            browser.screenshot("sso-reviewer-tasklist");
            assertThat(browser.text()).contains("Reviewer treviewera").doesNotContain("My team's tasks");

            browser.click(By.linkText("Reviewer treviewera"));
            browser.click(By.linkText("Log out"));
            browser.waitForUrl("/login");
            browser.screenshot("sso-signed-out");

            browser.open("/");
            assertThat(browser.url()).as("Backops' session ended too").contains("/login");
        }
        assertThat(submitted.get("assignee").asText()).isEqualTo(TEAM.get(0));
    }

    @Test
    void firstSignInReplacesTheOneTimePasswordThenOpensTasklist() {
        String username = "tbrowser" + System.nanoTime() % 100_000_000;
        JsonNode created = read(post(ADMIN, "/api/users", Map.of("username", username, "name", "Browser Manager",
                "email", "b@test.local", "role", "MANAGER")));
        String oneTimePassword = created.get("oneTimePassword").asText();

        try (var browser = new Browser("http://localhost:" + port)) {
            browser.open("/camunda/app/tasklist/");
            browser.signIn(username, oneTimePassword);
            browser.waitForUrl("/password");
            browser.screenshot("sso-first-sign-in-password");

            browser.type(By.id("currentPassword"), oneTimePassword);
            browser.type(By.id("newPassword"), "short");
            browser.type(By.id("confirmation"), "short");
            browser.click(By.cssSelector("button[type=submit]"));
            browser.waitForText("New password must have at least 10 characters");

            browser.type(By.id("currentPassword"), oneTimePassword);
            browser.type(By.id("newPassword"), "Browser-Pass-2026");
            browser.type(By.id("confirmation"), "Browser-Pass-2026");
            browser.click(By.cssSelector("button[type=submit]"));
            browser.waitForText("Your password is changed");

            browser.open("/camunda/app/tasklist/");
            browser.waitForText("My team's tasks");
            browser.screenshot("sso-manager-tasklist");
        }
    }
}
