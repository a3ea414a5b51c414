package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import io.backops.identity.NewUser;
import io.backops.identity.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two-factor sign-in in Chromium: a manager sets up his authenticator, signs out, signs in with password and code
 * and opens Tasklist without another prompt; a replayed code is refused; a recovery code works once.
 */
class TwoFactorBrowserTests extends IntegrationTestSupport {

    private static final By SIGN_OUT = By.xpath("//button[normalize-space()='Sign out']");

    @LocalServerPort
    private int port;

    @Test
    void managerEnrolsThenSignsInWithACodeIntoTasklistAndNoCodeOrRecoveryCodeWorksTwice() {
        String manager = "t2fabrowser" + System.nanoTime() % 100_000_000;
        users.create(new NewUser(manager, "Browser Two Factor", "b2fa@test.local", null, null, Role.MANAGER, null,
                null), PASSWORD, false);
        try (var browser = new Browser("http://localhost:" + port)) {
            browser.open("/login");
            browser.signIn(manager, PASSWORD);
            browser.waitForText("Signed in as");
            browser.open("/two-factor");
            browser.click(By.id("start-enrolment"));
            var app = Authenticator.of(browser.find(By.id("secret")).getText());
            assertThat(browser.find(By.id("qr")).getAttribute("src")).startsWith("data:image/png;base64,");
            browser.screenshot("two-factor-enrolment");
            browser.type(By.id("code"), app.currentCode());
            browser.click(By.cssSelector("form[action='/two-factor/enrolment/confirm'] button[type=submit]"));
            browser.waitForText("They are shown only now");
            List<String> recoveryCodes = browser.find(By.id("recovery-codes")).findElements(By.tagName("li")).stream()
                    .map(li -> li.getText().trim()).toList();
            assertThat(recoveryCodes).hasSize(10);
            browser.click(SIGN_OUT);
            browser.waitForUrl("/login");

            browser.open("/camunda/app/tasklist/");
            browser.waitForUrl("/login");
            browser.signIn(manager, PASSWORD);
            browser.waitForUrl("/login/code");
            browser.screenshot("two-factor-code");
            browser.type(By.id("code"), app.nextCode());
            browser.click(By.cssSelector("form[action='/login/code'] button[type=submit]"));
            browser.waitForUrl("/camunda/app/tasklist");
            browser.waitForText("My team's tasks");
            assertThat(browser.url()).doesNotContain("/login");
            browser.screenshot("two-factor-tasklist");

            signOut(browser);
            browser.signIn(manager, PASSWORD);
            browser.waitForUrl("/login/code");
            browser.type(By.id("code"), app.lastCode());
            browser.click(By.cssSelector("form[action='/login/code'] button[type=submit]"));
            browser.waitForText("The code is not right, or was used already");

            browser.type(By.id("code"), recoveryCodes.get(0));
            browser.click(By.cssSelector("form[action='/login/code'] button[type=submit]"));
            browser.waitForText("Signed in as");
            assertThat(browser.url()).doesNotContain("/login");

            signOut(browser);
            browser.signIn(manager, PASSWORD);
            browser.waitForUrl("/login/code");
            browser.type(By.id("code"), recoveryCodes.get(0));
            browser.click(By.cssSelector("form[action='/login/code'] button[type=submit]"));
            browser.waitForText("The code is not right, or was used already");
        }
    }

    private static void signOut(Browser browser) {
        browser.open("/");
        browser.click(SIGN_OUT);
        browser.waitForUrl("/login");
        browser.open("/login");
    }
}
