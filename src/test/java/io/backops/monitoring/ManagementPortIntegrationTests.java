package io.backops.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code MANAGEMENT_SERVER_PORT} set (as docker-compose does), Prometheus scrapes that port without a sign-in,
 * while the application's port keeps metrics for signed-in IT admins and the management port serves nothing else.
 * A Backops of its own: the shared one runs without a management port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// A second context with a job executor of its own: on PostgreSQL it shares the suite's database and would run the
// shared application's jobs (against its own KRA simulator), so it is closed when its tests are done.
@DirtiesContext
class ManagementPortIntegrationTests {

    private static final int MANAGEMENT_PORT = freePort();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void managementPort(DynamicPropertyRegistry properties) {
        properties.add("management.server.port", () -> MANAGEMENT_PORT);
        // A second context in the suite's JVM: an engine of its own name, or engine REST and the webapps of the
        // shared test application would find this context's engine (and its empty database) under "default".
        properties.add("camunda.bpm.process-engine-name", () -> "managementport");
        // and no webapps: their runtimes are JVM-wide, so a second set would outlive this context and leave the
        // shared application's Tasklist and Cockpit answering 500 once this one closed.
        properties.add("camunda.bpm.webapp.enabled", () -> "false");
    }

    @Test
    void prometheusScrapesTheManagementPortWithoutASignIn() throws Exception {
        var scrape = get(MANAGEMENT_PORT, "/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("backops_accounts_locked", "camunda_job_acquisition_attempt_total");
        assertThat(get(MANAGEMENT_PORT, "/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void theApplicationsPortStillWantsASignInAndTheManagementPortServesNothingElse() throws Exception {
        assertThat(get(port, "/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(get(MANAGEMENT_PORT, "/api/applications").statusCode()).isIn(403, 404);
        assertThat(get(MANAGEMENT_PORT, "/actuator/env").statusCode()).isIn(403, 404);
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
