package io.backops.kra;

import static org.assertj.core.api.Assertions.assertThat;

import io.backops.IntegrationTestSupport;
import io.backops.application.ApplicationType;
import io.backops.application.KycData;
import io.backops.shared.KraStatus;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The gateway against the simulator over real HTTP: inquire before upload, business errors are not retried. */
class KraGatewayIntegrationTests extends IntegrationTestSupport {

    @Autowired
    private KraSubmissions kra;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void secondPushFindsTheFirstUploadInsteadOfUploadingAgain() {
        String pan = freshPan('1');
        KycData application = kycData("APP-2026-9" + pan.substring(6, 9) + "01", pan);

        KraOutcome first = kra.push(application, "system");
        KraOutcome second = kra.push(application, "treviewera");

        assertThat(first.status()).isEqualTo(KraStatus.UNDER_PROCESS);
        assertThat(second.status()).isEqualTo(KraStatus.UNDER_PROCESS);
        assertThat(second.ackNumber()).isEqualTo(first.ackNumber());
        assertThat(read(get(ADMIN, "/kra-sim/__sim/records/" + pan)).get("uploadCount").asInt()).isEqualTo(1);
        assertThat(attempts(application.applicationId())).containsExactly(
                "system INQUIRE OK", "system UPLOAD OK", "treviewera INQUIRE OK");
    }

    @Test
    void pushWhoseTransactionDiesAfterTheKraAcceptedIsNotUploadedAgain() {
        String pan = freshPan('1');
        KycData application = kycData("APP-2026-5" + pan.substring(6, 9) + "05", pan);

        // The node "crashes" after the KRA took the upload: everything Backops wrote in that transaction is gone.
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            kra.push(application, "system");
            status.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from kra_submission where application_id = ?")
                .param(application.applicationId()).query(Long.class).single()).isZero();

        KraOutcome retried = kra.push(application, "system");

        assertThat(retried.status()).isEqualTo(KraStatus.UNDER_PROCESS);
        assertThat(retried.ackNumber()).isNotBlank();
        assertThat(read(get(ADMIN, "/kra-sim/__sim/records/" + pan)).get("uploadCount").asInt()).isEqualTo(1);
        assertThat(attempts(application.applicationId())).containsExactly(
                "system INQUIRE OK", "system UPLOAD OK", "system INQUIRE OK");
    }

    @Test
    void panRegisteredAtAnotherKraIsNotUploaded() {
        String pan = freshPan('5');
        KycData application = kycData("APP-2026-8" + pan.substring(6, 9) + "02", pan);

        KraOutcome outcome = kra.push(application, "system");

        assertThat(outcome.status()).isEqualTo(KraStatus.FAILED);
        assertThat(outcome.message()).contains("CAMS");
        assertThat(get(ADMIN, "/kra-sim/__sim/records/" + pan).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void uploadRefusedByTheKraIsFailedWithItsMessage() {
        String pan = freshPan('6');
        KycData application = kycData("APP-2026-6" + pan.substring(6, 9) + "04", pan);

        KraOutcome outcome = kra.push(application, "system");

        assertThat(outcome.status()).isEqualTo(KraStatus.FAILED);
        assertThat(outcome.kraCode()).isEqualTo("ERR-90061");
        assertThat(attempts(application.applicationId())).containsExactly("system INQUIRE OK", "system UPLOAD REJECTED");
    }

    @Test
    void pollFollowsTheUploadToItsFinalStatusWithTheHoldReason() {
        String pan = freshPan('3');
        KycData application = kycData("APP-2026-7" + pan.substring(6, 9) + "03", pan);
        kra.push(application, "system");

        assertThat(kra.poll(application.applicationId(), "system").status()).isEqualTo(KraStatus.UNDER_PROCESS);
        post(ADMIN, "/kra-sim/__sim/clock/advance", Map.of("workingDays", 2));
        KraOutcome held = kra.poll(application.applicationId(), "system");

        assertThat(held.status()).isEqualTo(KraStatus.ON_HOLD);
        assertThat(held.message()).contains("ERR-00012");
    }

    @Test
    void simulatorRefusesCallsWithoutAValidToken() {
        var response = http.postForEntity("/kra-sim/int/api/GetPanStatus", Map.of("pans", java.util.List.of("ABCPR1234K")),
                String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getBody()).contains("WEBERR-020");

        var badLogin = http.postForEntity("/kra-sim/int/api/GetToken",
                Map.of("username", "x", "poscode", "y", "password", "wrong"), String.class);
        assertThat(badLogin.getStatusCode().value()).isEqualTo(200);
        assertThat(badLogin.getBody()).contains("\"success\":\"0\"", "WEBERR-001");
    }

    private java.util.List<String> attempts(String applicationId) {
        return jdbc.sql("select triggered_by, operation, outcome from kra_attempt where application_id = ? order by attempted_at")
                .param(applicationId)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
                .list();
    }

    private static KycData kycData(String id, String pan) {
        return new KycData(id, ApplicationType.NEW, "ASHA RAO", pan, LocalDate.of(1990, 8, 15), "F", "RAMESH RAO",
                "asha@example.in", "9876543210", "12 MG Road", "PUNE", "MH", "411001", "DIGILOCKER", true);
    }
}
