package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import io.backops.identity.NewUser;
import io.backops.identity.Role;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium: a manager sees his team member's open session and signs him out everywhere, and the member's browser
 * is back at the sign-in; an IT admin records a privileged-user review from the reports.
 */
class SessionPagesBrowserTests extends IntegrationTestSupport {

    @LocalServerPort
    private int port;

    @Test
    void aManagerSignsAMemberOutEverywhereAndTheMembersBrowserIsBackAtTheSignIn() {
        String reviewer = "tbsess" + System.nanoTime() % 100_000_000;
        users.create(new NewUser(reviewer, "Browser Session", reviewer + "@test.local", null, null, Role.REVIEWER,
                MANAGER, null), PASSWORD, false);
        try (var member = browser(); var manager = browser()) {
            member.open("/applications");
            member.signIn(reviewer, PASSWORD);
            member.waitForUrl("/applications");

            manager.open("/users/" + reviewer);
            manager.signIn(MANAGER, PASSWORD);
            manager.waitForText("Sign out everywhere");
            assertThat(manager.findAll(By.cssSelector("#sessions tbody tr"))).hasSize(1);
            manager.screenshot("user-open-sessions");
            manager.click(By.cssSelector("#end-sessions button"));
            assertThat(manager.acceptConfirmSaying()).contains("out everywhere");
            manager.waitForText("1 session ended.");
            assertThat(manager.text()).contains("No open session.");

            member.open("/applications");
            member.waitForUrl("/login");
        } finally {
            patch(ADMIN, "/api/users/" + reviewer, Map.of("status", "INACTIVE"));
        }
    }

    @Test
    void anAdminRecordsAPrivilegedUserReviewFromTheReports() {
        try (var admin = browser()) {
            admin.open("/reports");
            admin.signIn(ADMIN, ADMIN_PASSWORD);
            admin.waitForText("privileged-user review");
            admin.click(By.id("privileged-users"));
            admin.waitForUrl("/reports/privileged-users");
            assertThat(admin.find(By.id("privileged-" + ADMIN)).getText()).contains("Mark reviewed");
            admin.click(By.cssSelector("#privileged-" + OTHER_MANAGER + " button"));
            assertThat(admin.acceptConfirmSaying()).contains("still needs");
            admin.waitForText("Recorded the review of " + OTHER_MANAGER + ".");
            assertThat(admin.find(By.id("privileged-" + OTHER_MANAGER)).getText()).contains("by " + ADMIN);
            admin.screenshot("privileged-users");
        }
    }

    private Browser browser() {
        return new Browser("http://localhost:" + port);
    }
}
