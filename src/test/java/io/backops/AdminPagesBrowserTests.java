package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * An IT admin's pages in a real browser: deploy a flow (and be told what is wrong with a bad one), register a
 * distributor and see its callback secret once, then disable it. Screenshots land in {@code target/screenshots/}.
 */
class AdminPagesBrowserTests extends IntegrationTestSupport {

    private static final String TIME_TO_LIVE = " camunda:historyTimeToLive=\"180\"";

    @LocalServerPort
    private int port;

    @Test
    void adminDeploysAFlowAndIsToldEveryProblemOfABadOne() throws IOException {
        String model = new ClassPathResource("bpmn/individual-onboarding.bpmn").getContentAsString(StandardCharsets.UTF_8);
        assertThat(model).contains(TIME_TO_LIVE);
        String key = "trial-" + System.nanoTime();
        String keyWithoutTimeToLive = "trial-" + System.nanoTime();
        Path good = model(key, model);
        Path withoutTimeToLive = model(keyWithoutTimeToLive, model.replace(TIME_TO_LIVE, ""));

        try (var browser = new Browser("http://localhost:" + port)) {
            browser.open("/flows");
            browser.signIn(ADMIN, ADMIN_PASSWORD);
            browser.waitForText("individual-onboarding");
            browser.waitForText("kyc-modification");
            assertThat(browser.find(By.linkText("Flows")).getAttribute("aria-current")).isEqualTo("page");

            browser.find(By.id("file")).sendKeys(good.toAbsolutePath().toString());
            browser.click(By.id("deploy"));
            browser.waitForText("Deployed " + key + " version 1");
            assertThat(browser.find(By.id("flow-" + key)).getText()).contains("Download BPMN");

            browser.find(By.id("file")).sendKeys(withoutTimeToLive.toAbsolutePath().toString());
            browser.click(By.id("deploy"));
            browser.waitForText("needs camunda:historyTimeToLive");
            assertThat(browser.find(By.cssSelector("#upload-problems [role=alert]")).getText())
                    .contains(keyWithoutTimeToLive, "needs camunda:historyTimeToLive");
            browser.screenshot("portal-flows-refused-upload");

            browser.open("/flows");
            browser.waitForText("as drawn in its model");
            // bpmn.io's viewer draws the flow in the page, with its watermark.
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> (Boolean) browser.script(
                    "return document.querySelector('#viewer-individual-onboarding[data-loaded=true] .bjs-powered-by') !== null"
                    + " && document.querySelector('#viewer-individual-onboarding [data-element-id=user_review]') !== null;"));
            browser.screenshot("portal-flow-diagram");
        } finally {
            Files.deleteIfExists(good);
            Files.deleteIfExists(withoutTimeToLive);
        }
        assertThat(get(ADMIN, "/api/flows?size=200").getBody()).contains(key).doesNotContain(keyWithoutTimeToLive);
    }

    @Test
    void adminRegistersADistributorSeesItsSecretOnceAndDisablesIt() {
        String arn = "ARN-%08d".formatted(System.nanoTime() % 100_000_000);
        String secret;
        try (var browser = new Browser("http://localhost:" + port)) {
            browser.open("/distributors");
            browser.signIn(ADMIN, ADMIN_PASSWORD);
            browser.waitForText("Register a distributor");
            browser.type(By.id("arn"), arn);
            browser.type(By.id("name"), "Browser Distributor");
            browser.type(By.id("euins"), "E123456");
            browser.type(By.id("amcs"), "Browser AMC");
            browser.type(By.id("callback-ACCEPTED"), "https://distributor.example/hooks/accepted");
            browser.click(By.id("register"));
            browser.waitForText("Registered Browser Distributor (" + arn + ")");
            secret = browser.find(By.id("callback-secret")).getText();
            assertThat(secret).matches("[0-9a-f]{64}");
            browser.screenshot("portal-distributor-secret");

            browser.click(By.linkText("Open the distributor"));
            browser.waitForText("Edit");
            assertThat(browser.text()).contains("E123456", "Browser AMC").doesNotContain(secret);
            browser.clickAndConfirm(By.id("disable"));
            browser.waitForText("Disabled Browser Distributor.");
            assertThat(browser.find(By.id("status")).getText()).isEqualTo("Disabled");

            browser.type(By.id("euins"), "E123456\nE12");
            browser.click(By.id("save"));
            browser.waitForText("EUINs “E12” must be E followed by 6 digits");
            assertThat(browser.find(By.id("euins")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.find(By.id("euins-error")).isDisplayed()).isTrue();
            browser.screenshot("portal-distributor-bad-euin");
        }
        var distributor = read(get(ADMIN, "/api/distributors/" + arn));
        assertThat(distributor.get("enabled").asBoolean()).isFalse();
        assertThat(distributor.get("euins").toString()).isEqualTo("[\"E123456\"]");
        assertThat(distributor.get("callbacks").get("ACCEPTED").asText())
                .isEqualTo("https://distributor.example/hooks/accepted");
    }

    /** The shipped model under another process id, as a flow author's copy would be. */
    private static Path model(String key, String shipped) throws IOException {
        Path file = Files.createTempFile(key, ".bpmn");
        Files.writeString(file, shipped.replace("individual-onboarding", key));
        return file;
    }
}
