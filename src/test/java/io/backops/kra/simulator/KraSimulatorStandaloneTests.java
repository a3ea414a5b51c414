package io.backops.kra.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.web.client.RestClient;

/** The simulator on its own port from the same jar: the KRA API and nothing of Backops. */
class KraSimulatorStandaloneTests {

    private static final String PASSWORD = "standalone-" + java.util.UUID.randomUUID();

    @Test
    void standaloneSimulatorAnswersTheKraApiWithoutDatabaseOrEngine() {
        assertThat(KraSimulatorApplication.isRequested(new String[] {"--spring.profiles.active=kra-simulator"}, null)).isTrue();
        assertThat(KraSimulatorApplication.isRequested(new String[0], "postgres,demo")).isFalse();

        try (var simulator = KraSimulatorApplication.run("--spring.profiles.active=kra-simulator", "--server.port=0",
                "--backops.kra-simulator.password=" + PASSWORD)) {
            assertThat(simulator.getBeanNamesForType(DataSource.class)).isEmpty();
            int port = ((WebServerApplicationContext) simulator).getWebServer().getPort();
            var http = RestClient.create("http://127.0.0.1:" + port + "/kra-sim");

            Map<?, ?> token = http.post().uri("/int/api/GetToken")
                    .body(Map.of("username", "BACKOPS", "poscode", "BKOPS01", "password", PASSWORD))
                    .retrieve().body(Map.class);
            assertThat(token.get("success")).isEqualTo("1");
            String value = (String) ((Map<?, ?>) token.get("resdtls")).get("token");

            Map<?, ?> status = http.post().uri("/int/api/GetPanStatus").header("Token", value)
                    .body(Map.of("pans", List.of("ABCPR1234K"))).retrieve().body(Map.class);
            assertThat(status.toString()).contains("APP_STATUS=005");

            var kycRecord = Map.of("APP_UPDTFLG", "01", "APP_POS_CODE", "BKOPS01", "APP_NO", "APP-2026-000001",
                    "APP_PAN_NO", "ABCPR1234K", "APP_NAME", "ASHA RAO", "APP_DOB_DT", "15-08-1990");
            var upload = Map.of("ROOT", Map.of("HEADER", Map.of(), "KYCDATA", List.of(kycRecord), "FOOTER", Map.of()));
            for (int i = 0; i < 2; i++) {
                http.post().uri("/int/api/InsertUpdateKYCRecord").header("Token", value).body(upload).retrieve()
                        .toBodilessEntity();
            }
            assertThat(http.get().uri("/__sim/stats").retrieve().body(Map.class))
                    .containsEntry("records", 1).containsEntry("uploads", 2).containsEntry("recordsUploadedMoreThanOnce", 1);

            var refused = http.post().uri("/__sim/clock/advance").body(Map.of("workingDays", -1))
                    .exchange((request, response) -> response.getStatusCode().value());
            assertThat(refused).isEqualTo(400);
        }
    }

    @Test
    void theStandaloneSimulatorRefusesToStartWithoutAConfiguredPassword() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> KraSimulatorApplication.run(
                        "--spring.profiles.active=kra-simulator", "--server.port=0").close())
                .hasStackTraceContaining("BACKOPS_KRA_SIMULATOR_PASSWORD");
    }
}
