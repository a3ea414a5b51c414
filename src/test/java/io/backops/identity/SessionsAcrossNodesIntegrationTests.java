package io.backops.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.backops.BackopsApplication;
import io.backops.IntegrationTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sessions live in the database: a person signed in on one node is signed in on the other, and signing out on
 * either ends the one session, whichever node the load balancer picks for the next request; so does signing a
 * person out everywhere. The second node runs for the whole class and is closed after it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionsAcrossNodesIntegrationTests extends IntegrationTestSupport {

    @Autowired
    private DataSource dataSource;
    @Autowired
    private JdbcTemplate jdbc;

    private ConfigurableApplicationContext secondNode;
    private int otherPort;

    @BeforeAll
    void startTheSecondNode() throws Exception {
        var database = dataSource.unwrap(HikariDataSource.class);
        secondNode = new SpringApplicationBuilder(BackopsApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + database.getJdbcUrl(),
                "--spring.datasource.username=" + database.getUsername(),
                "--spring.datasource.password=" + (database.getPassword() == null ? "" : database.getPassword()),
                "--camunda.bpm.process-engine-name=sessionnode", "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.job-execution.enabled=false");
        otherPort = ((WebServerApplicationContext) secondNode).getWebServer().getPort();
    }

    @AfterAll
    void stopTheSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    @Test
    void aSignInOnOneNodeHoldsOnTheOtherAndASignOutEndsItOnBoth() throws Exception {
        String session = signIn(MANAGER, PASSWORD);

        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Long.class,
                MANAGER)).isPositive();
        var onTheOtherNode = page(otherPort, "/applications", session);
        assertThat(onTheOtherNode.statusCode()).isEqualTo(200);
        assertThat(onTheOtherNode.body()).contains("Signed in as", MANAGER);

        String csrf = csrfToken(onTheOtherNode.body());
        var signOut = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + otherPort + "/logout"))
                .header("Cookie", session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signOut.statusCode()).as(signOut.body()).isIn(204, 302);

        var backOnTheFirst = noRedirects().exchange("/applications", org.springframework.http.HttpMethod.GET,
                new org.springframework.http.HttpEntity<>(headers(session)), String.class);
        assertThat(backOnTheFirst.getStatusCode().value()).isEqualTo(302);
        assertThat(backOnTheFirst.getHeaders().getLocation().getPath()).isEqualTo("/login");
    }

    @Test
    void signingAUserOutEverywhereOnOneNodeEndsHisSessionOnTheOther() throws Exception {
        String session = signIn(TEAM.get(1), PASSWORD);
        assertThat(page(otherPort, "/applications", session).statusCode()).isEqualTo(200);

        var ended = post(MANAGER, "/api/users/" + TEAM.get(1) + "/sessions/end", null);
        assertThat(ended.getStatusCode().value()).as(ended.getBody()).isEqualTo(200);

        var onTheOtherNode = page(otherPort, "/applications", session);
        assertThat(onTheOtherNode.statusCode()).isEqualTo(302);
        assertThat(onTheOtherNode.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void apiCallsWithTheirOwnCredentialsMakeNoSessions() {
        long before = jdbc.queryForObject("select count(*) from spring_session", Long.class);

        for (int i = 0; i < 3; i++) {
            assertThat(get(TEAM.get(0), "/api/applications").getStatusCode().value()).isEqualTo(200);
        }
        submitAssignedTo(TEAM.get(0));

        assertThat(jdbc.queryForObject("select count(*) from spring_session", Long.class)).isEqualTo(before);
    }

    /** The suite gives the first node a company OpenID provider (IntegrationTestSupport); this node has none. */
    @Test
    void aNodeWithoutAnIssuerOffersNoCompanySignIn() throws Exception {
        var signInPage = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + otherPort + "/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signInPage.body()).contains("Sign in to Backops").doesNotContain("company account");
        var start = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + otherPort
                + CorporateSignIn.START_PATH)).header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(start.statusCode()).as("an unknown page, which needs a sign-in like any").isEqualTo(302);
        assertThat(start.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    private static HttpResponse<String> page(int port, String path, String session) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Cookie", session).header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static org.springframework.http.HttpHeaders headers(String session) {
        var headers = new org.springframework.http.HttpHeaders();
        headers.add(org.springframework.http.HttpHeaders.COOKIE, session);
        return headers;
    }
}
