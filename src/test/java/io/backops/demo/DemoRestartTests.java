package io.backops.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.backops.BackopsApplication;
import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * docs/running.md on the embedded H2 file database: the demo starts with its data, and a restart keeps what was there
 * without adding demo data or deploying unchanged flows again.
 */
class DemoRestartTests {

    @TempDir
    Path dataDir;

    @Test
    void restartKeepsTheDataAndAddsNothing() {
        Counts first;
        try (var app = start()) {
            first = counts(app);
            var jdbc = app.getBean(JdbcClient.class);
            jdbc.sql("update investor_application set decision_reason = 'kept across restarts' where id = (select min(id) from investor_application)").update();
        }
        assertThat(first.users()).isEqualTo(5);
        assertThat(first.applications()).isEqualTo(4);
        assertThat(first.deployments()).isEqualTo(1);

        try (var app = start()) {
            assertThat(counts(app)).isEqualTo(first);
            assertThat(app.getBean(JdbcClient.class).sql("select count(*) from investor_application where decision_reason = 'kept across restarts'")
                    .query(Long.class).single()).isEqualTo(1);
        }
    }

    private ConfigurableApplicationContext start() {
        // Command-line arguments outrank the test profile that the build sets for every other test.
        return new SpringApplicationBuilder(BackopsApplication.class).run(
                "--spring.profiles.active=demo",
                "--server.port=0",
                // An engine name of its own and no webapps: Camunda keeps engines and webapp runtimes in JVM-wide
                // registries, where the integration tests sharing this JVM keep theirs.
                "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.process-engine-name=demorestart",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("backops"),
                "--backops.demo.password=Demo-Pass-1",
                "--backops.admin.password=Demo-Pass-1");
    }

    private static Counts counts(ConfigurableApplicationContext app) {
        var jdbc = app.getBean(JdbcClient.class);
        var repository = app.getBean(RepositoryService.class);
        return new Counts(
                jdbc.sql("select count(*) from backoffice_user").query(Long.class).single(),
                jdbc.sql("select count(*) from investor_application").query(Long.class).single(),
                repository.createDeploymentQuery().count(),
                repository.createProcessDefinitionQuery().count());
    }

    record Counts(long users, long applications, long deployments, long processDefinitions) {
    }
}
