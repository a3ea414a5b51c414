package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** The application pages over plain HTTP: scope, roles, CSRF, escaping and hand-edited query strings. */
class ApplicationPagesIntegrationTests extends IntegrationTestSupport {

    @Test
    void anApplicationOutOfScopeIsNotFoundAndAnotherChannelsToo() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();

        assertThat(page(TEAM.get(1), "/applications/" + id)).satisfies(page -> {
            assertThat(page.getStatusCode().value()).isEqualTo(404);
            assertThat(page.getBody()).contains("Not found").doesNotContain(id + "</span>");
        });
        assertThat(page(OTHER_MANAGER, "/applications/" + id).getStatusCode().value()).isEqualTo(404);
        assertThat(page(OTHER_DISTRIBUTOR_LOGIN, "/applications/" + id).getStatusCode().value()).isEqualTo(404);
        assertThat(page(TEAM.get(0), "/applications/" + id).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aDistributorSeesHisApplicationWithoutTheBackOfficesInternalsAndCannotDecide() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();

        var page = page(DISTRIBUTOR_LOGIN, "/applications/" + id);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains(id).doesNotContain("Internal notes", "History", "id=\"accept\"",
                TEAM.get(0));

        var decided = form(DISTRIBUTOR_LOGIN, "/applications/" + id + "/decision", Map.of("decision", "ACCEPT"));
        assertThat(decided.getStatusCode().value()).isEqualTo(403);
        assertThat(application(id).get("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void aReviewerOfAnotherTeamCannotDecideThroughThePage() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();

        var decided = form(TEAM.get(1), "/applications/" + id + "/decision",
                Map.of("decision", "REJECT", "reason", "not mine"));

        assertThat(decided.getStatusCode().value()).isEqualTo(404);
        assertThat(application(id).get("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void aBrowserSessionWithoutTheCsrfTokenCannotDecide() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();
        String session = signIn(TEAM.get(0), PASSWORD);
        var headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, session);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        var body = new LinkedMultiValueMap<String, String>();
        body.add("decision", "ACCEPT");

        var refused = noRedirects().exchange("/applications/" + id + "/decision", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(application(id).get("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void rejectingWithoutAReasonShowsTheErrorAtTheFieldAndChangesNothing() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();

        var page = form(TEAM.get(0), "/applications/" + id + "/decision", Map.of("decision", "REJECT", "reason", " "));

        assertThat(page.getStatusCode().value()).isEqualTo(422);
        assertThat(page.getBody()).contains("id=\"reason-error\"", "aria-invalid=\"true\"");
        assertThat(application(id).get("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void markupInNotesAndReasonsIsEscaped() {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();
        String payload = "<script>alert('x')</script>";
        assertThat(post(TEAM.get(0), "/api/applications/" + id + "/notes", Map.of("text", payload))
                .getStatusCode().value()).isEqualTo(201);
        assertThat(post(TEAM.get(0), "/api/applications/" + id + "/decision",
                Map.of("decision", "REJECT", "reason", "<img src=x onerror=alert(1)>")).getStatusCode().value())
                .isEqualTo(200);

        String html = page(TEAM.get(0), "/applications/" + id).getBody();

        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain(payload, "<img src=x");
    }

    @Test
    void markupInAnApplicantsNameIsEscapedInTheListAndThePage() {
        String name = "<img src=x onerror=alert(1)>";
        String id = submitAssignedTo(TEAM.get(0), ADMIN, () -> {
            var submission = Submissions.valid(DISTRIBUTOR_ARN, freshPan('1'));
            @SuppressWarnings("unchecked")
            var applicant = (Map<String, Object>) submission.get("applicant");
            applicant.put("name", name);
            return submission;
        }).get("id").asText();

        for (String path : List.of("/applications/" + id, "/applications?status=ALL&q=" + id, "/")) {
            String html = page(TEAM.get(0), path).getBody();
            assertThat(html).as(path).doesNotContain(name).doesNotContain("<img src=x");
        }
        assertThat(page(TEAM.get(0), "/applications/" + id).getBody()).contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void handEditedListParametersAreIgnoredAndSaidSoNeverAnError() {
        var page = page(ADMIN, "/applications?status=PENDING'--&sort=submitted_at;drop table investor_application"
                + "&cursor=not-a-cursor&q=" + "x".repeat(101));

        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("Ignored what could not be read: status, sort, search", "page");
    }

    @Test
    void theListKeepsToTheViewersScopeAndPagesByKeyset() {
        String mine = submitAssignedTo(TEAM.get(0)).get("id").asText();
        String theirs = submitAssignedTo(TEAM.get(1)).get("id").asText();
        assertThat(page(TEAM.get(0), "/applications?status=ALL").getBody()).contains(mine).doesNotContain(theirs);

        String amc = "KeysetAmc" + System.nanoTime();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            var submission = Submissions.valid(DISTRIBUTOR_ARN, freshPan('1'));
            submission.put("amc", amc);
            ids.add(submit(submission).get("id").asText());
        }
        String first = page(ADMIN, "/applications?status=ALL&sort=oldest&amc=" + amc).getBody();
        int next = first.indexOf("id=\"next-page\"");
        assertThat(next).as("a second page").isPositive();
        int hrefStart = first.indexOf("href=\"", next) + 6;
        String second = page(ADMIN, first.substring(hrefStart, first.indexOf('"', hrefStart)).replace("&amp;", "&")).getBody();

        assertThat(first).contains(ids.subList(0, 25).toArray(String[]::new)).doesNotContain(ids.get(25));
        assertThat(second).contains(ids.get(25)).doesNotContain(ids.get(24) + "<").doesNotContain("id=\"next-page\"");
    }


    private ResponseEntity<String> form(String user, String path, Map<String, String> fields) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        var body = new LinkedMultiValueMap<String, String>();
        fields.forEach(body::add);
        return noRedirects().withBasicAuth(user, passwordOf(user)).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }
}
