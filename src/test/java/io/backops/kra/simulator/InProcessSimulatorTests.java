package io.backops.kra.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/**
 * The in-process simulator is there only where it is wanted (no real KRA, and the demo or test profiles or an explicit
 * switch), knows no password from the source, and hands out acknowledgement numbers nobody can count through.
 */
class InProcessSimulatorTests {

    private final WebApplicationContextRunner context = new WebApplicationContextRunner()
            .withUserConfiguration(SimulatorBeans.class);

    @Test
    void mountedWhenNoKraBaseUrlIsConfiguredAndTheSimulatorIsWanted() {
        context.withPropertyValues("backops.kra.base-url=", "backops.kra-simulator.enabled=true")
                .run(app -> assertThat(app).hasSingleBean(KraSimulatorController.class).hasSingleBean(SimulatedKra.class));
    }

    @Test
    void absentWhenBackopsTalksToARealKra() {
        context.withPropertyValues("backops.kra.base-url=https://kra.example/api", "backops.kra-simulator.enabled=true")
                .run(app -> assertThat(app).doesNotHaveBean(KraSimulatorController.class)
                        .doesNotHaveBean(KraSimulatorControlController.class).doesNotHaveBean(SimulatedKra.class));
    }

    @Test
    void absentUnlessSwitchedOnEvenWithoutAKraUrl() {
        context.withPropertyValues("backops.kra.base-url=")
                .run(app -> assertThat(app).doesNotHaveBean(KraSimulatorController.class)
                        .doesNotHaveBean(SimulatedKra.class).doesNotHaveBean(SimulatorCredentials.class));
    }

    @Test
    void thePasswordOnceInTheSourceGetsNoTokenAndTheGeneratedOneDoes() {
        context.withPropertyValues("backops.kra.base-url=", "backops.kra-simulator.enabled=true").run(app -> {
            var kra = app.getBean(SimulatedKra.class);
            String generated = app.getBean(SimulatorCredentials.class).password();

            assertThat(kra.issueToken("backops-sim")).isEmpty();
            assertThat(kra.issueToken("")).isEmpty();
            assertThat(generated).hasSizeGreaterThanOrEqualTo(32);
            assertThat(kra.issueToken(generated)).isPresent();
        });
        // Each start makes up its own.
        List<String> passwords = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            context.withPropertyValues("backops.kra-simulator.enabled=true")
                    .run(app -> passwords.add(app.getBean(SimulatorCredentials.class).password()));
        }
        assertThat(passwords.get(0)).isNotEqualTo(passwords.get(1));
    }

    @Test
    void acknowledgementNumbersAreRandomNotCounted() {
        context.withPropertyValues("backops.kra-simulator.enabled=true").run(app -> {
            var kra = app.getBean(SimulatedKra.class);
            var acks = new HashSet<String>();
            for (int i = 0; i < 200; i++) {
                String pan = "ABCPR%04dK".formatted(1000 + i);
                var result = kra.upload(pan, "ASHA RAO", LocalDate.of(1990, 8, 15), "BKOPS01", "APP-" + i);
                assertThat(result.ack()).matches("ACK[A-Z2-9]{20}");
                acks.add(result.ack());
            }
            assertThat(acks).hasSize(200);
            assertThat(acks).noneMatch(ack -> ack.matches("ACK0+[0-9]+"));
        });
    }

    @EnableConfigurationProperties(KraSimulatorProperties.class)
    @org.springframework.context.annotation.Import({SimulatorCredentials.class, SimulatedKra.class, Faults.class,
            KraSimulatorController.class, KraSimulatorControlController.class})
    static class SimulatorBeans {
    }
}
