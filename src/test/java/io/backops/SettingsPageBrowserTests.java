package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The settings page in Chromium: a grant switched off disappears from the review screen; bad input is marked. */
class SettingsPageBrowserTests extends IntegrationTestSupport {

    @LocalServerPort
    private int port;
    private JsonNode original;

    @BeforeEach
    void keepTheSettings() {
        original = read(get(ADMIN, "/api/settings"));
    }

    @AfterEach
    void restoreTheSettings() {
        assertThat(put(ADMIN, "/api/settings", original).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void anAdminSwitchesNotesOffAndAReviewerNoLongerSeesThem() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();
        try (var admin = new Browser("http://localhost:" + port)) {
            admin.open("/settings");
            admin.signIn(ADMIN, ADMIN_PASSWORD);
            admin.waitForText("Product settings");
            admin.screenshot("portal-settings");
            admin.click(By.id("grant-NOTES"));
            admin.type(By.id("rejectReasons"), "Signed by someone else\nPhoto does not match");
            admin.click(By.id("save-settings"));
            admin.waitForText("Settings saved");
        }
        assertThat(read(get(ADMIN, "/api/settings")).at("/grants/NOTES").asBoolean()).isFalse();
        assertThat(read(get(ADMIN, "/api/settings")).at("/reasons/reject")).hasSize(2);

        try (var reviewer = new Browser("http://localhost:" + port)) {
            reviewer.open("/applications/" + id);
            reviewer.signIn(TEAM.get(0), PASSWORD);
            reviewer.waitForText("Documents");
            assertThat(reviewer.text()).doesNotContain("Internal notes").contains("History");
            reviewer.find(By.xpath("//option[text()='Photo does not match']"));
        }
    }

    @Test
    void badValuesAreMarkedAtTheirFieldsAndNothingIsSaved() {
        try (var admin = new Browser("http://localhost:" + port)) {
            admin.open("/settings");
            admin.signIn(ADMIN, ADMIN_PASSWORD);
            admin.type(By.id("businessDays"), "two");
            admin.type(By.id("holidays"), "2026-12-25\nChristmas");
            admin.click(By.id("save-settings"));
            admin.waitForText("Nothing was saved");
            assertThat(admin.find(By.id("businessDays")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(admin.text()).contains("must be a whole number", "Christmas is not a date");
            admin.screenshot("portal-settings-errors");
        }
        assertThat(read(get(ADMIN, "/api/settings"))).isEqualTo(original);
    }
}
