package io.backops.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.backops.BackopsApplication;
import io.backops.Browser;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo as a first-time visitor meets it: a reviewer opens one of the demo's applications and sees its PAN card and
 * photo as real pictures and its address proof as a PDF in the preview. Runs the demo profile in a context of its own
 * (its own engine, no webapps, closed at the end); screenshots land in {@code target/screenshots/}.
 */
class DemoDocumentsBrowserTests {

    private static final String PASSWORD = "Demo-Pass-1";

    @TempDir
    Path dataDir;

    @Test
    void aReviewerSeesTheDemoApplicationsDocumentsAsRealPicturesAndAPdf() {
        // The browser first: where the machine has none the test is skipped before the demo starts for nothing.
        try (var browser = new Browser(""); var demo = start()) {
            String site = "http://localhost:" + ((WebServerApplicationContext) demo).getWebServer().getPort();
            String id = demo.getBean(JdbcClient.class)
                    .sql("select min(id) from investor_application where assignee = 'ravi'").query(String.class).single();

            browser.open(site + "/login");
            browser.signIn("ravi", PASSWORD);
            browser.waitForText("My queue");
            browser.open(site + "/applications/" + id);
            browser.waitForText("Documents");
            browser.waitForScript(
                    "return [...document.querySelectorAll('.document img')].every(i => i.complete && i.naturalWidth > 0)");
            browser.script("document.getElementById('documents').scrollIntoView()");
            browser.screenshot("demo-application-documents");

            @SuppressWarnings("unchecked")
            var images = (List<Map<String, Object>>) browser.script("""
                    return [...document.querySelectorAll('.document img')]
                        .map(i => ({alt: i.alt, width: i.naturalWidth, height: i.naturalHeight}))""");
            assertThat(images).hasSize(2);
            assertThat(images).allSatisfy(image -> {
                assertThat(((Number) image.get("width")).intValue()).isGreaterThan(300);
                assertThat(((Number) image.get("height")).intValue()).isGreaterThan(300);
            });
            assertThat(images).extracting(image -> (String) image.get("alt"))
                    .satisfiesExactly(alt -> assertThat(alt).startsWith("PAN_CARD of "),
                            alt -> assertThat(alt).startsWith("PHOTO of "));

            // The preview frame holds what the server answers for its address: a PDF of the bill, shown inline.
            @SuppressWarnings("unchecked")
            var pdf = (Map<String, Object>) browser.script("""
                    const frame = document.querySelector('.document iframe');
                    const request = new XMLHttpRequest();
                    request.open('GET', frame.src, false);
                    request.overrideMimeType('text/plain; charset=x-user-defined');
                    request.send();
                    return {status: request.status, type: request.getResponseHeader('Content-Type'),
                            disposition: request.getResponseHeader('Content-Disposition'),
                            head: request.responseText.substring(0, 5), size: request.responseText.length,
                            title: frame.title, width: frame.clientWidth, height: frame.clientHeight}""");
            assertThat(pdf.get("status")).isEqualTo(200L);
            assertThat(pdf.get("type")).isEqualTo("application/pdf");
            assertThat((String) pdf.get("disposition")).startsWith("inline");
            assertThat(pdf.get("head")).isEqualTo("%PDF-");
            assertThat(((Number) pdf.get("size")).intValue()).isGreaterThan(1_000);
            assertThat((String) pdf.get("title")).startsWith("electricity-bill-").endsWith(".pdf");
            assertThat(((Number) pdf.get("height")).intValue()).isGreaterThan(200);

            browser.click(By.cssSelector("[data-view=zoom-in]"));
            browser.click(By.cssSelector("[data-view=rotate]"));
            assertThat((String) browser.script("return document.querySelector('.document img').style.transform"))
                    .contains("scale(1.25)", "rotate(90deg)");
            browser.screenshot("demo-application-pan-card-zoomed");
        }
    }

    private ConfigurableApplicationContext start() {
        // Command-line arguments outrank the test profile that the build sets for every other test.
        return new SpringApplicationBuilder(BackopsApplication.class).run(
                "--spring.profiles.active=demo",
                "--server.port=0",
                // An engine name of its own and no webapps: Camunda keeps engines and webapp runtimes in JVM-wide
                // registries, where the integration tests sharing this JVM keep theirs.
                "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.process-engine-name=demodocuments",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("backops"),
                "--backops.documents.directory=" + dataDir.resolve("documents"),
                "--backops.identity.two-factor.key-file=" + dataDir.resolve("two-factor.key"),
                "--backops.demo.password=" + PASSWORD,
                "--backops.admin.password=" + PASSWORD);
    }
}
