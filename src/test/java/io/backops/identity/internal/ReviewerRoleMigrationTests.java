package io.backops.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.backops.application.internal.TimelineChainBackfill;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A database of the release before: its reviewers, stored as USER, are REVIEWER after the upgrade; nobody else moves. */
class ReviewerRoleMigrationTests {

    @Test
    void storedReviewersAreRenamedOnUpgrade() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:reviewer-role;DB_CLOSE_DELAY=-1");
        var jdbc = JdbcClient.create(dataSource);
        flyway(dataSource, "20").migrate();
        insertUser(jdbc, "boss", "MANAGER", null);
        insertUser(jdbc, "rita", "USER", "boss");

        flyway(dataSource, "latest").migrate();

        assertThat(jdbc.sql("select role from backoffice_user where username = 'rita'").query(String.class).single())
                .isEqualTo("REVIEWER");
        assertThat(jdbc.sql("select role from backoffice_user where username = 'boss'").query(String.class).single())
                .isEqualTo("MANAGER");
    }

    private static Flyway flyway(JdbcDataSource dataSource, String target) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/h2")
                .javaMigrations(new SecurityAuditChainBackfill(), new TimelineChainBackfill())
                .target(MigrationVersion.fromVersion(target)).load();
    }

    private static void insertUser(JdbcClient jdbc, String username, String role, String manager) {
        jdbc.sql("""
                insert into backoffice_user (username, name, email, role, manager, status, password_hash,
                                             password_change_required, created_at)
                values (?, ?, 'x@test.local', ?, ?, 'ACTIVE', 'x', false, current_timestamp)
                """).params(username, username, role, manager).update();
    }
}
