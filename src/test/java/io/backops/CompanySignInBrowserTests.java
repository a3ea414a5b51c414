package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Company sign-in in a real browser, through the whole redirect dance with a real OpenID provider
 * ({@link TestIdentityProvider}): the button on Backops' sign-in page, the provider's own sign-in form, back to the
 * dashboard as the Backops user with his Backops role, and Tasklist opens on the same sign-in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompanySignInBrowserTests extends IntegrationTestSupport {

    private static final String COMPANY_LOGIN = "m.anager";
    private static final String COMPANY_PASSWORD = "Company-Pass-2";

    @LocalServerPort
    private int port;

    private TestIdentityProvider provider;

    @BeforeAll
    void startTheProvider() {
        provider = TestIdentityProvider.start(port, List.of(
                new TestIdentityProvider.Account(COMPANY_LOGIN, COMPANY_PASSWORD, MANAGER, null)));
    }

    @AfterAll
    void stopTheProvider() {
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void aManagerSignsInWithHisCompanyAccountAndOpensTasklistWithoutAnotherPrompt() {
        try (var browser = new Browser("http://localhost:" + port)) {
            browser.open("/");
            browser.waitForUrl("/login");
            browser.screenshot("company-sign-in-button");
            browser.click(By.linkText("Sign in with your company account"));

            browser.waitForUrl(TestIdentityProvider.issuer() + "/login");
            browser.screenshot("company-sign-in-at-the-provider");
            browser.signIn(COMPANY_LOGIN, COMPANY_PASSWORD);

            browser.waitForText("Signed in as");
            assertThat(URI.create(browser.url()).getPath()).as("the dashboard").isEqualTo("/");
            assertThat(browser.text()).contains("Signed in as " + MANAGER).contains("My team's queue");
            assertThat(browser.findAll(By.cssSelector("nav[aria-label=Main] a")).stream().map(WebElement::getText))
                    .as("a manager's menu").contains("Users", "Reports", "Tasklist")
                    .doesNotContain("Settings", "Flows", "Cockpit");
            browser.screenshot("company-sign-in-dashboard");

            browser.open("/camunda/app/tasklist/");
            browser.waitForText("My team's tasks");
            assertThat(browser.url()).as("no second sign-in").contains("/camunda/app/tasklist");
            browser.screenshot("company-sign-in-tasklist");
        }
    }
}
