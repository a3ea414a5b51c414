package io.backops.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backops.IntegrationTestSupport;
import io.backops.application.internal.TabCounts;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The summary against fixtures counted by hand: applications in a week of March 2019 (and the week before) that no
 * other test touches, assigned inside and outside the manager's team.
 */
class SummaryIntegrationTests extends IntegrationTestSupport {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TabCounts tabCounts;

    @BeforeEach
    void fixtures() {
        if (jdbc.queryForObject("select count(*) from investor_application where id like 'APP-2019-%'", Long.class) > 0) {
            return;
        }
        // Week of Monday 11 March 2019 (UTC): 3 of the team's, 1 of another team's.
        row(1, "2019-03-11T09:00Z", "ACCEPTED", "REGISTERED", TEAM.get(0), "2019-03-11T11:00Z");
        row(2, "2019-03-12T09:00Z", "ACCEPTED", "UNDER_PROCESS", TEAM.get(1), "2019-03-12T13:00Z");
        row(3, "2019-03-14T09:00Z", "REJECTED", "NOT_PUSHED", TEAM.get(0), "2019-03-14T15:00Z");
        row(4, "2019-03-15T09:00Z", "PENDING", "NOT_PUSHED", OUTSIDER, null);
        // The week before: 2 of the team's.
        row(5, "2019-03-05T09:00Z", "PENDING", "NOT_PUSHED", TEAM.get(0), null);
        row(6, "2019-03-06T09:00Z", "DRAFT", "NOT_PUSHED", TEAM.get(1), "2019-03-06T10:00Z");
        // Written around the application: its tab counters are counted again.
        tabCounts.rebuild();
    }

    @Test
    void anAdminSeesEveryStatusPerPeriodWithThePreviousPeriodAndTheKraShare() {
        JsonNode summary = read(get(ADMIN, "/api/reports/summary?from=2019-03-11&to=2019-03-17&granularity=day&tz=UTC"));

        assertThat(summary.get("periods")).hasSize(7);
        assertThat(summary.at("/periods/0/start").asText()).isEqualTo("2019-03-11");
        assertThat(summary.at("/periods/0/counts/ACCEPTED").asLong()).isEqualTo(1);
        assertThat(summary.at("/periods/3/counts/REJECTED").asLong()).isEqualTo(1);
        assertThat(summary.at("/periods/6/counts/ALL").asLong()).isZero();
        assertThat(summary.at("/totals/ALL").asLong()).isEqualTo(4);
        assertThat(summary.at("/totals/ACCEPTED").asLong()).isEqualTo(2);
        assertThat(summary.at("/previous/from").asText()).isEqualTo("2019-03-04");
        assertThat(summary.at("/previous/counts/ALL").asLong()).isEqualTo(2);
        assertThat(summary.at("/changePercent/ALL").asDouble()).isEqualTo(100.0);
        assertThat(summary.get("kraVerifiedShare").asDouble()).isEqualTo(0.5);
        // Decided after 2, 4 and 6 hours: the median is 4.
        assertThat(summary.get("medianTurnaroundHours").asDouble()).isEqualTo(4.0);
    }

    @Test
    void aManagerCountsHisTeamsWorkOnlyAndWeeksStartOnMonday() {
        JsonNode summary = read(get(MANAGER, "/api/reports/summary?from=2019-03-04&to=2019-03-17&granularity=week&tz=UTC"));

        assertThat(summary.get("periods")).hasSize(2);
        assertThat(summary.at("/periods/0/start").asText()).isEqualTo("2019-03-04");
        assertThat(summary.at("/periods/0/counts/ALL").asLong()).isEqualTo(2);
        assertThat(summary.at("/periods/1/counts/ALL").asLong()).as("the outsider's is not his").isEqualTo(3);
        assertThat(summary.at("/periods/1/counts/PENDING").asLong()).isZero();
    }

    @Test
    void reviewersAndDistributorsMayNotAndBadParametersAreNamed() {
        assertThat(get(TEAM.get(0), "/api/reports/summary").getStatusCode().value()).isEqualTo(403);
        assertThat(get(DISTRIBUTOR_LOGIN, "/api/reports/summary").getStatusCode().value()).isEqualTo(403);
        var bad = get(ADMIN, "/api/reports/summary?from=march&to=2019-03-01&granularity=hour&tz=Nowhere");
        assertThat(bad.getStatusCode().value()).isEqualTo(422);
        assertThat(read(bad).get("errors").toString()).contains("from", "granularity", "tz");
    }

    private void row(int n, String submitted, String status, String kraStatus, String assignee, String decided) {
        jdbc.update("""
                insert into investor_application (id, distributor_arn, amc, application_type, applicant_name, pan,
                    date_of_birth, applicant, status, kra_status, assignee, submitted_at, risk_class, version, decided_at)
                values (?, ?, 'Acme Mutual Fund', 'NEW', 'FIXTURE PERSON', 'FIXPF1234A', date '1990-01-01', '{}', ?, ?, ?, ?,
                    'SAFE', 0, ?)
                """, "APP-2019-%06d".formatted(n), DISTRIBUTOR_ARN, status, kraStatus, assignee,
                OffsetDateTime.parse(submitted), decided == null ? null : OffsetDateTime.parse(decided).withOffsetSameInstant(ZoneOffset.UTC));
    }
}
