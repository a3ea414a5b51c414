package io.backops.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.backops.identity.SecurityAuditChain;
import io.backops.identity.internal.SecurityAuditChainBackfill;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Flyway 17.1 and 17.2 on a database written before chains existed: every old entry gets its place in its chain,
 * each application a head, and the chains then hold, as a verify after the upgrade would find them.
 */
class ChainBackfillTests {

    @Test
    void entriesWrittenBeforeChainsExistedAreChainedInTheOrderTheyWereWritten() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:backfill-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        migrate(dataSource, "17");
        var jdbc = new JdbcTemplate(dataSource);
        OffsetDateTime at = OffsetDateTime.of(2026, 11, 30, 9, 15, 0, 123_456_000, ZoneOffset.ofHoursMinutes(5, 30));
        for (String id : new String[] {"APP-2026-000002", "APP-2026-000001"}) {
            jdbc.update("""
                    insert into investor_application (id, distributor_arn, amc, application_type, applicant_name, pan,
                        date_of_birth, applicant, status, kra_status, submitted_at, version)
                    values (?, 'ARN-1', 'AMC', 'NEW', 'A', 'ABCPE1234F', date '1990-01-01', '{}', 'PENDING',
                        'NOT_SUBMITTED', ?, 0)
                    """, id, at);
        }
        // Interleaved, as the applications' lives are.
        String[][] events = {{"APP-2026-000002", "SUBMITTED"}, {"APP-2026-000001", "SUBMITTED"},
                {"APP-2026-000002", "ASSIGNED"}, {"APP-2026-000001", "NOTE_ADDED"}, {"APP-2026-000002", "DECIDED"}};
        for (int i = 0; i < events.length; i++) {
            jdbc.update("""
                    insert into application_event (application_id, occurred_at, actor, event, before_value, after_value,
                        detail, request_id) values (?, ?, 'admin', ?, null, 'x', ?, ?)
                    """, events[i][0], at.plusSeconds(i), events[i][1], i % 2 == 0 ? null : "detail " + i,
                    i % 2 == 0 ? "request-" + i : null);
        }
        for (int i = 0; i < 3; i++) {
            jdbc.update("""
                    insert into security_audit (occurred_at, actor, event, subject, detail, remote_address)
                    values (?, 'admin', 'SIGN_IN_SUCCEEDED', 'admin', 'form sign-in', '127.0.0.1')
                    """, at.plusSeconds(i));
        }

        migrate(dataSource, "latest");

        assertThat(jdbc.queryForList("""
                select chain_seq from application_event where application_id = 'APP-2026-000002' order by id
                """, Long.class)).containsExactly(1L, 2L, 3L);
        assertThat(jdbc.queryForObject("select entries from application_event_chain where application_id = ?",
                Long.class, "APP-2026-000001")).isEqualTo(2L);
        var timelines = new TimelineChain(JdbcClient.create(dataSource), dataSource).verify();
        assertThat(timelines.firstBroken()).isNull();
        assertThat(timelines.chains()).isEqualTo(2);
        assertThat(timelines.entries()).isEqualTo(5);
        var audit = new SecurityAuditChain(dataSource).verify();
        assertThat(audit.firstBroken()).isNull();
        assertThat(audit.entries()).isEqualTo(3);

        jdbc.update("update application_event set detail = 'changed' where event = 'NOTE_ADDED'");
        assertThat(new TimelineChain(JdbcClient.create(dataSource), dataSource).verify().firstBroken().chain())
                .isEqualTo("APP-2026-000001");
    }

    private static void migrate(JdbcDataSource dataSource, String target) {
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .javaMigrations(new SecurityAuditChainBackfill(), new TimelineChainBackfill())
                .target(target)
                .load()
                .migrate();
    }
}
