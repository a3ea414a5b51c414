package io.backops.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.backops.Browser;
import io.backops.IntegrationTestSupport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/** The reports page in Chromium: the chart drawn from the same numbers as its table; the MIS form's download. */
class ReportPagesBrowserTests extends IntegrationTestSupport {

    @LocalServerPort
    private int port;

    @Test
    void anAdminSeesTheChartAndItsTableAndAManagerHisTeamsOnly() {
        submitAssignedTo(TEAM.get(0));
        try (var browser = new Browser("http://localhost:" + port)) {
            browser.open("/reports");
            browser.signIn(ADMIN, ADMIN_PASSWORD);
            browser.waitForText("MIS report");
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    (Boolean) browser.script("return document.querySelector('#summary-chart svg') !== null;"));
            assertThat(Long.parseLong(browser.find(By.id("total-all")).getText())).isPositive();
            assertThat(browser.find(By.id("summary-table")).getText()).containsIgnoringCase("Total");
            browser.screenshot("portal-reports");
        }
        try (var browser = new Browser("http://localhost:" + port)) {
            browser.open("/reports");
            browser.signIn(MANAGER, PASSWORD);
            browser.waitForText("your team");
            assertThat(browser.text()).doesNotContain("MIS report");
        }
        try (var browser = new Browser("http://localhost:" + port)) {
            browser.open("/reports");
            browser.signIn(TEAM.get(0), PASSWORD);
            browser.waitForText("Not allowed");
        }
    }

    @Test
    void theMisFormsEmptyChoicesMeanAny() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
        var csv = http.withBasicAuth(ADMIN, ADMIN_PASSWORD).exchange("/api/reports/mis?from=" + today + "&to=" + today
                + "&status=&distributor=&format=csv", HttpMethod.GET, null, byte[].class);

        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(new String(csv.getBody(), StandardCharsets.UTF_8)).contains("Application,Submitted at");
    }
}
