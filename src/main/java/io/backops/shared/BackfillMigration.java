package io.backops.shared;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A Flyway migration written in Java that fills in, for rows written before a feature existed, what the feature keeps
 * (the hash chains, the tab counters). It runs in the migration's transaction, before any node writes again (a
 * start-up job would race the first writes), and is a Spring bean so that it computes with the very code the
 * application writes with; Spring Boot hands such beans to Flyway.
 */
public abstract class BackfillMigration implements JavaMigration {

    /** Rows read at a time by a backfill that walks them: any number is walked in constant memory. */
    protected static final int PAGE = 1000;

    private final MigrationVersion version;
    private final String description;

    protected BackfillMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    /** No checksum: the code may be tidied without Flyway calling an applied migration changed. */
    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    /** The migration's own connection, so that the backfill commits or rolls back with the migration. */
    protected static JdbcTemplate jdbc(Context context) {
        return new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
    }
}
