package io.backops.kra.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** The in-process simulator is there only while Backops has no real KRA to talk to. */
class InProcessSimulatorTests {

    private final WebApplicationContextRunner context = new WebApplicationContextRunner()
            .withUserConfiguration(SimulatorBeans.class);

    @Test
    void mountedWhenNoKraBaseUrlIsConfigured() {
        context.withPropertyValues("backops.kra.base-url=")
                .run(app -> assertThat(app).hasSingleBean(KraSimulatorController.class).hasSingleBean(SimulatedKra.class));
    }

    @Test
    void absentWhenBackopsTalksToARealKra() {
        context.withPropertyValues("backops.kra.base-url=https://kra.example/api")
                .run(app -> assertThat(app).doesNotHaveBean(KraSimulatorController.class)
                        .doesNotHaveBean(KraSimulatorControlController.class).doesNotHaveBean(SimulatedKra.class));
    }

    @EnableConfigurationProperties(KraSimulatorProperties.class)
    @org.springframework.context.annotation.Import({SimulatedKra.class, Faults.class, KraSimulatorController.class,
            KraSimulatorControlController.class})
    static class SimulatorBeans {
    }
}
