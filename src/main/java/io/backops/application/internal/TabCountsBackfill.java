package io.backops.application.internal;

import io.backops.shared.BackfillMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/** Flyway 27.1: counts the applications that existed before the counters did, as {@link TabCounts#rebuild()} does. */
@Component
public class TabCountsBackfill extends BackfillMigration {

    public TabCountsBackfill() {
        super("27.1", "count the existing applications per tab");
    }

    @Override
    public void migrate(Context context) {
        jdbc(context).update(TabCounts.REBUILD);
    }
}
