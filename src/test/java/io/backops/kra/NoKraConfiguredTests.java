package io.backops.kra;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backops.BackopsApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Outside the demo and test profiles Backops does not serve the KRA simulator to the world: without a KRA URL it
 * refuses to start and says what to set.
 */
class NoKraConfiguredTests {

    @Test
    void aProfileOtherThanDemoOrTestRefusesToStartWithoutAKraUrl() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(BackopsApplication.class).run(
                "--spring.profiles.active=staging",
                "--server.port=0",
                // An engine name of its own and no webapps: Camunda keeps engines and webapp runtimes in JVM-wide
                // registries, where the integration tests sharing this JVM keep theirs.
                "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.process-engine-name=nokra",
                "--spring.datasource.url=jdbc:h2:mem:nokra-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                "--backops.admin.password=Staging-Admin-1",
                "--backops.kra.base-url=").close())
                .hasStackTraceContaining("BACKOPS_KRA_BASE_URL")
                .hasStackTraceContaining("BACKOPS_KRA_SIMULATOR_ENABLED");
    }
}
