package io.backops.kra.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.backops.shared.KraStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KraCodesTests {

    @ParameterizedTest
    @CsvSource({"001,UNDER_PROCESS", "002,REGISTERED", "303,ON_HOLD", "004,KRA_REJECTED", "005,NOT_PUSHED",
            "607,VALIDATED", "006,FAILED", "999,FAILED", "12,FAILED"})
    void appStatusMapsToOurKraStatus(String appStatus, KraStatus status) {
        assertThat(KraCodes.status(appStatus)).isEqualTo(status);
    }

    @ParameterizedTest
    @CsvSource({"002,CVL", "102,NDML", "302,CAMS", "602,KFIN"})
    void firstDigitNamesTheKraHoldingTheRecord(String appStatus, String kra) {
        assertThat(KraCodes.holder(appStatus)).isEqualTo(kra);
    }
}
