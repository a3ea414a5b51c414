package io.backops.application.internal;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Flyway 27.1: counts the applications that existed before the counters did, in the migration's transaction, with
 * the very query {@link TabCounts#rebuild()} uses (a Spring bean, which Spring Boot hands to Flyway).
 */
@Component
public class TabCountsBackfill implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("27.1");
    }

    @Override
    public String getDescription() {
        return "count the existing applications per tab";
    }

    /** No checksum: the query may be tidied without Flyway calling an applied migration changed. */
    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true)).update(TabCounts.REBUILD);
    }
}
