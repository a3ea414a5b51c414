package io.backops.identity.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backops.BackopsApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Outside the demo, Backops will not start without a first admin it can name a password for. */
class AdminBootstrapTests {

    @Test
    void refusesToStartWithoutAnAdminPassword() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(BackopsApplication.class).run(
                "--spring.profiles.active=test",
                "--server.port=0",
                // An engine name of its own and no webapps: Camunda keeps engines and webapp runtimes in JVM-wide
                // registries, where the integration tests sharing this JVM keep theirs.
                "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.process-engine-name=bootstrap",
                "--spring.datasource.url=jdbc:h2:mem:bootstrap-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                "--backops.admin.password=").close())
                .hasMessageContaining("BACKOPS_ADMIN_PASSWORD");
    }
}
