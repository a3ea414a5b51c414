package io.backops.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.Test;

/** A database whose engine ran at history level full starts at audit (docs/adr/0014); nothing else is changed. */
class HistoryLevelLoweringTests {

    @Test
    void aDatabaseThatRanAtFullStartsAtAuditWithTheLowering() {
        String url = "jdbc:h2:mem:history-level-lowering-1;DB_CLOSE_DELAY=-1";
        build(url, "full", List.of()).close();

        ProcessEngine lowered = build(url, "audit", List.of(new HistoryLevelLowering()));
        try {
            assertThat(((ProcessEngineConfigurationImpl) lowered.getProcessEngineConfiguration()).getHistoryLevel()
                    .getName()).isEqualTo("audit");
            assertThat(lowered.getManagementService().getProperties()).containsEntry("historyLevel", "2");
        } finally {
            lowered.close();
        }
    }

    @Test
    void withoutItTheEngineRefusesTheChange() {
        String url = "jdbc:h2:mem:history-level-lowering-2;DB_CLOSE_DELAY=-1";
        build(url, "full", List.of()).close();

        assertThatThrownBy(() -> build(url, "audit", List.of()).close())
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("historyLevel mismatch");
    }

    @Test
    void aFreshDatabaseStartsAtAuditAndAConfigurationAtFullNeverChangesIt() {
        String url = "jdbc:h2:mem:history-level-lowering-3;DB_CLOSE_DELAY=-1";
        build(url, "audit", List.of(new HistoryLevelLowering())).close();
        // A configuration at full never changes the database; this one was made at audit, so the engine refuses.
        assertThatThrownBy(() -> build(url, "full", List.of(new HistoryLevelLowering())).close())
                .hasMessageContaining("historyLevel mismatch");
    }

    private static ProcessEngine build(String url, String history, List<ProcessEnginePlugin> plugins) {
        var configuration = (ProcessEngineConfigurationImpl) new StandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl(url)
                .setDatabaseSchemaUpdate("true")
                .setHistory(history)
                .setJobExecutorActivate(false)
                .setProcessEngineName("history-level-lowering-" + System.nanoTime());
        configuration.setProcessEnginePlugins(plugins);
        return configuration.buildProcessEngine();
    }
}
