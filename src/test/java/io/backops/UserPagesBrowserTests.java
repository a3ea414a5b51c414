package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal's Users pages in a real browser: an admin creates people and hands out one-time passwords, a manager
 * moves his team's work, and nobody sees beyond his scope (docs/roles-and-scopes.md).
 */
class UserPagesBrowserTests extends IntegrationTestSupport {

    @LocalServerPort
    private int port;

    @Test
    void adminCreatesAManagerAndAReviewerInHisTeamWhoMustReplaceTheOneTimePassword() {
        String suffix = String.valueOf(System.nanoTime() % 100_000_000);
        String manager = "tpmgr" + suffix;
        String reviewer = "tprev" + suffix;
        try (var admin = browser()) {
            admin.open("/users");
            admin.signIn(ADMIN, ADMIN_PASSWORD);
            admin.waitForUrl("/users");
            admin.waitForText("New user");
            assertThat(admin.text()).contains(MANAGER, OUTSIDER);
            admin.screenshot("users-list-admin");

            admin.click(By.linkText("New user"));
            fillIn(admin, manager, "Page Manager", "not-an-email", "MANAGER", null);
            admin.waitForText("Email must be a well-formed email address");
            assertThat(admin.find(By.id("email")).getDomAttribute("aria-invalid")).isEqualTo("true");
            assertThat(admin.find(By.id("name")).getDomProperty("value")).as("input kept").isEqualTo("Page Manager");
            admin.screenshot("users-create-field-errors");

            admin.type(By.id("email"), manager + "@test.local");
            admin.click(By.cssSelector("main button[type=submit]"));
            admin.waitForText("User created");
            assertThat(admin.find(By.id("one-time-password")).getText()).hasSizeGreaterThanOrEqualTo(12);

            admin.open("/users/new");
            fillIn(admin, reviewer, "Page Reviewer", reviewer + "@test.local", "REVIEWER", manager);
            admin.waitForText("User created");
            String oneTimePassword = admin.find(By.id("one-time-password")).getText();

            admin.click(By.linkText("Open the user"));
            admin.waitForText("Reassign pending work");
            admin.screenshot("users-user-admin");
            assertThat(admin.text()).as("shown once only").doesNotContain(oneTimePassword).contains(manager);
            assertThat(read(get(ADMIN, "/api/users/" + reviewer)).get("manager").asText()).isEqualTo(manager);

            try (var newcomer = browser()) {
                newcomer.open("/");
                newcomer.signIn(reviewer, oneTimePassword);
                newcomer.waitForUrl("/password");
                newcomer.waitForText("Change your password");
            }

            // Out of the round robin again, through the page: other tests wait for their reviewers' turns.
            admin.click(By.cssSelector("#status button[value=INACTIVE]"));
            admin.acceptConfirm();
            admin.waitForText("Page Reviewer is now inactive.");
            assertThat(read(get(ADMIN, "/api/users/" + reviewer)).get("status").asText()).isEqualTo("INACTIVE");
        } finally {
            patch(ADMIN, "/api/users/" + reviewer, Map.of("status", "INACTIVE"));
        }
    }

    @Test
    void managerSeesOnlyHisTeamAndMovesAMembersPendingWorkToAnother() {
        String from = TEAM.get(0);
        String to = TEAM.get(1);
        submitAssignedTo(from);
        long fromBefore = pending(from);
        long toBefore = pending(to);

        try (var browser = browser()) {
            browser.open("/users");
            browser.signIn(MANAGER, PASSWORD);
            browser.waitForText("My team");
            assertThat(browser.find(By.id("users")).getText()).contains(from, to, SPARE)
                    .doesNotContain(OUTSIDER, OTHER_MANAGER);
            browser.screenshot("users-list-manager");

            browser.click(By.linkText(from));
            browser.waitForText("Reassign pending work");
            browser.select(By.id("to"), to);
            browser.click(By.cssSelector("#reassign button[type=submit]"));
            browser.acceptConfirm();
            browser.waitForText("Moved " + fromBefore + " pending application");
            assertThat(browser.find(By.cssSelector(".messages .notice")).getText()).contains(to);
            assertThat(browser.find(By.id("pending")).getText()).isEqualTo("0");
            browser.screenshot("users-reassigned");
        }

        assertThat(pending(from)).isZero();
        assertThat(pending(to)).isEqualTo(toBefore + fromBefore);
    }

    @Test
    void reviewerIsNotAllowedAndAnotherTeamsUserIsNotFound() {
        try (var browser = browser()) {
            browser.open("/users");
            browser.signIn(TEAM.get(0), PASSWORD);
            browser.waitForText("Not allowed");
            browser.screenshot("users-reviewer-not-allowed");

            browser.click(By.cssSelector(".me button"));
            browser.waitForUrl("/login");
            browser.open("/users/" + OUTSIDER);
            browser.signIn(MANAGER, PASSWORD);
            browser.waitForText("Not found");
            assertThat(browser.text()).doesNotContain("Outsider");
        }
    }

    private Browser browser() {
        return new Browser("http://localhost:" + port);
    }

    /** Fills the new-user form and sends it; {@code manager} null leaves the manager unpicked. */
    private static void fillIn(Browser browser, String username, String name, String email, String role,
                               String manager) {
        browser.type(By.id("username"), username);
        browser.type(By.id("name"), name);
        browser.type(By.id("email"), email);
        browser.type(By.id("employeeCode"), "E-" + username.length());
        browser.select(By.id("role"), role);
        if (manager != null) {
            browser.select(By.id("manager"), manager);
        }
        browser.click(By.cssSelector("main button[type=submit]"));
    }

    private long pending(String username) {
        return read(get(ADMIN, "/api/users/" + username)).get("pendingApplications").asLong();
    }
}
