package io.backops.trail;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tampering as a person with database access would do it: on PostgreSQL the append-only triggers are dropped for
 * the statement and put back afterwards (as the migration made them); H2 has no triggers to drop.
 */
final class AppendOnlyTables {

    private static final String[] TABLES = {"application_event", "security_audit"};

    private final JdbcTemplate jdbc;

    AppendOnlyTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean guarded() {
        return isPostgres();
    }

    void withoutGuard(Runnable tampering) {
        if (!guarded()) {
            tampering.run();
            return;
        }
        for (String table : TABLES) {
            jdbc.execute("drop trigger if exists " + table + "_append_only on " + table);
        }
        try {
            tampering.run();
        } finally {
            for (String table : TABLES) {
                jdbc.execute("create trigger " + table + "_append_only before update or delete on " + table
                        + " for each row execute function backops_refuse_trail_change()");
            }
        }
    }

    private boolean isPostgres() {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
                c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")));
    }
}
