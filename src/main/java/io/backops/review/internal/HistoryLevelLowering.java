package io.backops.review.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lets a database the engine ran on at history level {@code full} start at the lower level configured now
 * ({@code audit}, docs/adr/0014): the engine records its level in {@code ACT_GE_PROPERTY} and refuses to start when
 * the configuration names another. Runs before the engine's own check; only ever lowers from full, so a database
 * of a newer configuration is never raised, and history already written stays until the history cleanup removes it.
 */
@Component
class HistoryLevelLowering extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(HistoryLevelLowering.class);

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        HistoryLevel configured = configuration.getHistoryLevel();
        if (configured == null || configured.getId() >= HistoryLevel.HISTORY_LEVEL_FULL.getId()) {
            return;
        }
        String table = configuration.getDatabaseTablePrefix() + "ACT_GE_PROPERTY";
        try (Connection connection = dataSource(configuration).getConnection()) {
            if (!exists(connection, table)) {
                return;
            }
            try (var update = connection.prepareStatement("update " + table + " set VALUE_ = ? where NAME_ = ?"
                    + " and VALUE_ = ?")) {
                update.setString(1, String.valueOf(configured.getId()));
                update.setString(2, "historyLevel");
                update.setString(3, String.valueOf(HistoryLevel.HISTORY_LEVEL_FULL.getId()));
                if (update.executeUpdate() > 0) {
                    log.info("Engine history level lowered from full to {}; history written before stays until"
                            + " the history cleanup removes it", configured.getName());
                }
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not lower the recorded history level to " + configured.getName(),
                    e);
        }
    }

    private static DataSource dataSource(ProcessEngineConfigurationImpl configuration) {
        return configuration.getDataSource();
    }

    /** The table as the database spells it (PostgreSQL folds unquoted names to lower case, H2 to upper). */
    private static boolean exists(Connection connection, String table) throws SQLException {
        var metadata = connection.getMetaData();
        for (String name : new String[] {table.toUpperCase(), table.toLowerCase()}) {
            try (var tables = metadata.getTables(null, null, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
