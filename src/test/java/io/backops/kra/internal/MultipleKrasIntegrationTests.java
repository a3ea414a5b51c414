package io.backops.kra.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backops.IntegrationTestSupport;
import io.backops.application.ApplicationType;
import io.backops.application.KycData;
import io.backops.kra.KraOutcome;
import io.backops.kra.KraUnavailableException;
import io.backops.kra.simulator.KraSimulatorApplication;
import io.backops.kra.simulator.SimulatorCredentials;
import io.backops.shared.KraStatus;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

/**
 * Several KRAs over real HTTP: the in-process simulator plays CVL, a standalone one plays KFIN, and a port nobody
 * listens on plays a KRA that is down. Each gateway here is built with its own priority order.
 */
class MultipleKrasIntegrationTests extends IntegrationTestSupport {

    private static ConfigurableApplicationContext kfinSimulator;
    private static String kfinUrl;
    private static String downUrl;

    /** The standalone simulator takes a password from its configuration only. */
    private static final String KFIN_PASSWORD = "kfin-" + java.util.UUID.randomUUID();

    @LocalServerPort
    private int port;
    @Autowired
    private ObjectProvider<SimulatorCredentials> inProcessSimulator;
    @Autowired
    private KraRecords records;
    @Autowired
    private Environment environment;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private PlatformTransactionManager transactions;

    @BeforeAll
    static void startSecondKra() throws IOException {
        kfinSimulator = KraSimulatorApplication.run("--spring.profiles.active=kra-simulator", "--server.port=0",
                "--backops.kra-simulator.kra-digit=6", "--backops.kra-simulator.password=" + KFIN_PASSWORD);
        kfinUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) kfinSimulator).getWebServer().getPort() + "/kra-sim";
        try (var socket = new ServerSocket(0)) {
            downUrl = "http://127.0.0.1:" + socket.getLocalPort() + "/kra-sim";
        }
    }

    @AfterAll
    static void stopSecondKra() {
        kfinSimulator.close();
    }

    @Test
    void firstKraThatAnswersTakesANewRecordAndIsPolledLater() {
        String pan = freshPan('1');
        KycData application = kycData("APP-2026-4" + pan.substring(6, 9) + "11", pan);
        KraGateway gateway = gateway("NDML", "KFIN", "CVL");

        KraOutcome pushed = gateway.push(application, "system");

        assertThat(pushed.status()).isEqualTo(KraStatus.UNDER_PROCESS);
        assertThat(pushed.kraCode()).isEqualTo("ERR-00000");
        assertThat(kfinRecord(pan).get("uploadCount")).isEqualTo(1);
        assertThat(get(ADMIN, "/kra-sim/__sim/records/" + pan).getStatusCode().value()).isEqualTo(404);
        assertThat(attempts(application.applicationId())).containsExactly(
                "NDML INQUIRE ERROR", "KFIN INQUIRE OK", "KFIN UPLOAD OK");
        assertThat(records.find(application.applicationId()).orElseThrow().kra()).isEqualTo("KFIN");

        kfin().post().uri("/__sim/clock/advance").body(Map.of("workingDays", 2)).retrieve().toBodilessEntity();
        KraOutcome polled = gateway.poll(application.applicationId(), "system");

        assertThat(polled.status()).isEqualTo(KraStatus.REGISTERED);
        assertThat(polled.kraCode()).isEqualTo("602");
    }

    @Test
    void retryAfterACrashAsksTheKraThatTookTheUploadBeforeAnyOther() {
        String pan = freshPan('1');
        KycData application = kycData("APP-2026-4" + pan.substring(6, 9) + "12", pan);

        // KFIN takes the upload while CVL is down; then the node dies before anything of Backops' is committed.
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            gateway("KFIN", "CVL").push(application, "system");
            status.setRollbackOnly();
        });
        // The retry runs with CVL back in first place: without asking KFIN first, CVL would get a second upload.
        KraOutcome retried = gateway("CVL", "KFIN").push(application, "system");

        assertThat(retried.status()).isEqualTo(KraStatus.UNDER_PROCESS);
        assertThat(retried.kraCode()).isEqualTo("601");
        assertThat(kfinRecord(pan).get("uploadCount")).isEqualTo(1);
        assertThat(get(ADMIN, "/kra-sim/__sim/records/" + pan).getStatusCode().value()).isEqualTo(404);
        assertThat(records.find(application.applicationId()).orElseThrow().kra()).isEqualTo("KFIN");
    }

    @Test
    void noKraAnsweringIsATransientFailureNamingEachKra() {
        String pan = freshPan('1');
        KycData application = kycData("APP-2026-4" + pan.substring(6, 9) + "13", pan);
        KraGateway gateway = gateway("NDML", "CAMS");

        assertThatThrownBy(() -> gateway.push(application, "system"))
                .isInstanceOf(KraUnavailableException.class)
                .hasMessageContaining("No KRA answered")
                .hasMessageContaining("NDML call failed")
                .hasMessageContaining("CAMS call failed");
        assertThat(attempts(application.applicationId())).containsExactly("NDML INQUIRE ERROR", "CAMS INQUIRE ERROR");
    }

    @Test
    void anUnknownKraNameIsRefusedAtStartAndAPriorityOfUnconfiguredKrasPushesNowhere() {
        assertThatThrownBy(() -> agencies(Map.of("XYZ", own())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Unknown KRA XYZ");
        String pan = freshPan('1');
        KycData application = kycData("APP-2026-4" + pan.substring(6, 9) + "14", pan);

        assertThatThrownBy(() -> gateway("KARVY").push(application, "system"))
                .isInstanceOf(KraUnavailableException.class)
                .hasMessageContaining("No configured KRA in the priority [KARVY]");
    }

    /** A gateway over these KRAs, in this order: CVL is this server's simulator, NDML and CAMS are down. */
    private KraGateway gateway(String... priority) {
        Map<String, KraProperties.Agency> agencies = new LinkedHashMap<>();
        agencies.put("CVL", own());
        agencies.put("KFIN", new KraProperties.Agency(kfinUrl, null, KFIN_PASSWORD, null));
        agencies.put("NDML", new KraProperties.Agency(downUrl, null, null, null));
        agencies.put("CAMS", new KraProperties.Agency(downUrl, null, null, null));
        return new KraGateway(agencies(agencies), () -> List.of(priority), records);
    }

    private KraAgencies agencies(Map<String, KraProperties.Agency> agencies) {
        var properties = new KraProperties("BACKOPS", "no-shared-password", "BKOPS01", Duration.ofSeconds(1),
                Duration.ofSeconds(2), agencies);
        return new KraAgencies(properties, environment, RestClient.builder(), inProcessSimulator);
    }

    private KraProperties.Agency own() {
        return new KraProperties.Agency("http://127.0.0.1:" + port + "/kra-sim", null,
                inProcessSimulator.getObject().password(), null);
    }

    private RestClient kfin() {
        return RestClient.create(kfinUrl);
    }

    private Map<?, ?> kfinRecord(String pan) {
        return kfin().get().uri("/__sim/records/" + pan).retrieve().body(Map.class);
    }

    private List<String> attempts(String applicationId) {
        return jdbc.sql("select kra, operation, outcome from kra_attempt where application_id = ? order by attempted_at, id")
                .param(applicationId)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
                .list();
    }

    private static KycData kycData(String id, String pan) {
        return new KycData(id, ApplicationType.NEW, "ASHA RAO", pan, LocalDate.of(1990, 8, 15), "F", "RAMESH RAO",
                "asha@example.in", "9876543210", "12 MG Road", "PUNE", "MH", "411001", "DIGILOCKER", true);
    }
}
