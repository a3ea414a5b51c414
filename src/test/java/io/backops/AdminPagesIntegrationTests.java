package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The Flows and Distributors pages over plain HTTP: roles, CSRF, how problems come back, the secret never cached. */
@ExtendWith(OutputCaptureExtension.class)
class AdminPagesIntegrationTests extends IntegrationTestSupport {

    private static final Pattern SECRET = Pattern.compile("id=\"callback-secret\"[^>]*>([0-9a-f]{64})<");

    @Test
    void managersAndReviewersAreNotAllowedOnTheAdminPages() {
        for (String user : List.of(MANAGER, TEAM.get(0))) {
            for (String path : List.of("/flows", "/distributors", "/distributors/" + DISTRIBUTOR_ARN)) {
                var page = page(user, path);
                assertThat(page.getStatusCode().value()).as(user + " on " + path).isEqualTo(403);
                assertThat(page.getBody()).contains("Not allowed");
            }
        }
        assertThat(page(ADMIN, "/flows").getBody()).contains("individual-onboarding");
        assertThat(page(ADMIN, "/distributors").getBody()).contains(DISTRIBUTOR_ARN);
    }

    @Test
    void theNavigationLinksTheAdminPagesForAdminsOnly() {
        assertThat(page(ADMIN, "/").getBody()).contains("href=\"/flows\"", "href=\"/distributors\"");
        assertThat(page(MANAGER, "/").getBody()).doesNotContain("href=\"/flows\"", "href=\"/distributors\"");
    }

    @Test
    void aBrowserSessionWithoutTheCsrfTokenCannotRegisterADistributor() {
        String session = signIn(ADMIN, ADMIN_PASSWORD);
        String arn = freshArn();

        var forged = postFormInSession(session, "/distributors", distributor(arn, "E123456"));

        assertThat(forged.getStatusCode().value()).isEqualTo(403);
        assertThat(get(ADMIN, "/api/distributors/" + arn).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void theCallbackSecretIsShownOnTheAnswerOnlyNeverCachedNorLogged(CapturedOutput output) {
        String session = signIn(ADMIN, ADMIN_PASSWORD);
        String arn = freshArn();
        var form = distributor(arn, "E123456");
        form.add("_csrf", csrfToken(pageInSession(session, "/distributors").getBody()));

        var created = postFormInSession(session, "/distributors", form);

        assertThat(created.getStatusCode().value()).isEqualTo(200);
        assertThat(created.getHeaders().getCacheControl()).contains("no-store");
        Matcher secret = SECRET.matcher(created.getBody());
        assertThat(secret.find()).as(created.getBody()).isTrue();
        assertThat(pageInSession(session, "/distributors/" + arn).getBody()).contains(arn).doesNotContain(secret.group(1));
        assertThat(output.getAll()).doesNotContain(secret.group(1));
    }

    @Test
    void aTakenArnOrABadEuinComesBackAtItsFieldWithTheInputKept() {
        var taken = postForm(ADMIN, "/distributors", distributor(DISTRIBUTOR_ARN, "E123456"));
        String arn = freshArn();
        var badEuin = postForm(ADMIN, "/distributors", distributor(arn, "E12"));

        assertThat(taken.getStatusCode().value()).isEqualTo(409);
        assertThat(taken.getBody()).contains("id=\"arn-error\"", "ARN is registered already");
        assertThat(badEuin.getStatusCode().value()).isEqualTo(422);
        assertThat(badEuin.getBody()).contains("id=\"euins-error\"", "aria-invalid=\"true\"", "E12</textarea>",
                "value=\"" + arn + "\"");
        assertThat(get(ADMIN, "/api/distributors/" + arn).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aRefusedUploadAnswers400WithEveryProblemListed() {
        var upload = new LinkedMultiValueMap<String, Object>();
        upload.add("file", file("notes.txt", "not a model"));
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setAccept(List.of(MediaType.TEXT_HTML));

        var refused = noRedirects().withBasicAuth(ADMIN, ADMIN_PASSWORD)
                .exchange("/flows", HttpMethod.POST, new HttpEntity<>(upload, headers), String.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("role=\"alert\"", "must be a .bpmn file");
    }

    @Test
    void theFlowEditorAndDiffPagesAreForAdminsOnly() {
        var editor = page(ADMIN, "/flows/editor?key=individual-onboarding&version=1");
        assertThat(editor.getStatusCode().value()).isEqualTo(200);
        // The modeler comes from the application itself, and the page has no inline script (CSP).
        assertThat(editor.getBody()).contains("/vendor/bpmn-io/camunda-platform-modeler.production.min.js",
                "data-key=\"individual-onboarding\"").doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
        assertThat(page(ADMIN, "/flows").getBody()).contains("/api/flows/kyc-modification/versions/",
                "/flows/editor?key=kyc-modification");
        assertThat(page(ADMIN, "/flows/diff?key=individual-onboarding&from=1&to=1").getStatusCode().value()).isEqualTo(200);
        assertThat(page(ADMIN, "/flows/diff?key=no-such-flow&from=1&to=2").getStatusCode().value()).isEqualTo(404);
        assertThat(page(MANAGER, "/flows/editor").getStatusCode().value()).isEqualTo(403);
        assertThat(page(MANAGER, "/flows/diff?key=individual-onboarding&from=1&to=1").getStatusCode().value()).isEqualTo(403);
        assertThat(page(ADMIN, "/vendor/bpmn-io/LICENSE-bpmn-js.txt").getBody()).contains("watermark");
        assertThat(page(ADMIN, "/flows/forms/editor?form=review-application").getBody())
                .contains("/vendor/form-js/form-editor.umd.min.js");
        assertThat(get(ADMIN, "/flows/forms/review-application.form").getBody()).contains("\"id\"");
        assertThat(get(ADMIN, "/flows/forms/no-such-form.form").getStatusCode().value()).isEqualTo(404);
        assertThat(page(MANAGER, "/flows/forms/editor").getStatusCode().value()).isEqualTo(403);
    }

    private static String freshArn() {
        return "ARN-%08d".formatted(System.nanoTime() % 100_000_000);
    }

    private static MultiValueMap<String, String> distributor(String arn, String euin) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("arn", arn);
        form.add("name", "Form Distributor");
        form.add("euins", euin);
        form.add("amcs", "Some AMC");
        form.add("enabled", "true");
        form.add("callbacks.ACCEPTED", "https://distributor.example/hooks/backops");
        return form;
    }

    private static ByteArrayResource file(String name, String content) {
        return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    /** A page as a program asks for it: Basic auth, HTML. */

    private ResponseEntity<String> pageInSession(String session, String path) {
        var headers = htmlHeaders();
        headers.add(HttpHeaders.COOKIE, session);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    /** Basic auth carries its own credentials: no CSRF token needed, as for any program. */
    private ResponseEntity<String> postForm(String user, String path, MultiValueMap<String, String> form) {
        var headers = htmlHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return noRedirects().withBasicAuth(user, passwordOf(user))
                .exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    /** A browser's post: the session cookie, and the CSRF token only if the form carries it. */
    private ResponseEntity<String> postFormInSession(String session, String path, MultiValueMap<String, String> form) {
        var headers = htmlHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, session);
        return noRedirects().exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    private static HttpHeaders htmlHeaders() {
        var headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        return headers;
    }
}
