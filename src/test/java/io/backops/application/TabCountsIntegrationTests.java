package io.backops.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backops.IntegrationTestSupport;
import io.backops.Submissions;
import io.backops.application.internal.TabCounts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tab counts come from counters kept by each transition (docs/adr/0013). After random transitions, many of them
 * racing each other through the HTTP API (decisions, approvals and refusals under four eyes, reassignments), every
 * counter equals a count of the applications from scratch ({@link TabCounts#RECOUNT}), and the API's counts of
 * each kind of viewer equal a plain count of what that viewer may see. Runs on H2 and, in CI, on PostgreSQL.
 */
class TabCountsIntegrationTests extends IntegrationTestSupport {

    private static final int APPLICATIONS = 24;
    private static final int MOVES = 120;
    private static final int CLIENTS = 6;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void afterRandomConcurrentTransitionsEveryCountEqualsAPlainCount() throws Exception {
        JsonNode settings = fourEyesOnAccepting(List.of("UNCERTAIN"));
        try {
            List<String> ids = new ArrayList<>();
            Random random = new Random(16);
            for (int i = 0; i < APPLICATIONS; i++) {
                String submitter = i % 3 == 0 ? DISTRIBUTOR_LOGIN : ADMIN;
                String arn = i % 2 == 0 ? DISTRIBUTOR_ARN : OTHER_DISTRIBUTOR_ARN;
                Map<String, Object> submission = Submissions.valid(submitter.equals(DISTRIBUTOR_LOGIN)
                        ? DISTRIBUTOR_ARN : arn, freshPan('7'));
                if (i % 4 == 1) {
                    submission.put("checks", new HashMap<>(Map.of("faceMatch", 0.93, "nameMatch", 0.98,
                            "documentForensics", "PASS", "aml", "REVIEW")));
                }
                var response = post(submitter, "/api/applications", submission);
                assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
                ids.add(read(response).get("id").asText());
            }

            List<Callable<Integer>> moves = new ArrayList<>();
            for (int i = 0; i < MOVES; i++) {
                String id = ids.get(random.nextInt(ids.size()));
                int kind = random.nextInt(5);
                String reassignTo = List.of(TEAM.get(0), TEAM.get(1), OUTSIDER).get(random.nextInt(3));
                moves.add(() -> move(id, kind, reassignTo));
            }
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            Map<Integer, Long> answers;
            try {
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> done : clients.invokeAll(moves)) {
                    statuses.add(done.get());
                }
                answers = statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
            } finally {
                clients.shutdownNow();
            }
            assertThat(answers).as("moves that took effect, and races that were refused: " + answers)
                    .containsKey(200).doesNotContainKey(500);
            assertThat(jdbc.queryForObject("""
                    select count(*) from investor_application where status = 'PENDING' and approval_decision is not null
                    """, Long.class)).as("some decisions wait for a checker").isPositive();

            assertThat(counters()).isEqualTo(recount());
            assertViewerCountsArePlainCounts();
        } finally {
            restoreSettings(settings);
        }
    }

    /** One transition as its actor would make it; the HTTP status it got. */
    private int move(String id, int kind, String reassignTo) {
        JsonNode application = application(id);
        String assignee = application.path("assignee").asText();
        return switch (kind) {
            case 0 -> post(assignee, "/api/applications/" + id + "/decision", Map.of("decision", "ACCEPT"))
                    .getStatusCode().value();
            case 1 -> post(assignee, "/api/applications/" + id + "/decision",
                    Map.of("decision", random(id) ? "REJECT" : "DRAFT", "reason", "Signature is missing"))
                    .getStatusCode().value();
            case 2 -> post(ADMIN, "/api/applications/" + id + "/approval",
                    random(id) ? Map.of("approve", true) : Map.of("approve", false, "reason", "Look again"))
                    .getStatusCode().value();
            default -> put(ADMIN, "/api/applications/" + id + "/assignee", Map.of("username", reassignTo))
                    .getStatusCode().value();
        };
    }

    private static boolean random(String id) {
        return (id.hashCode() & 1) == 0;
    }

    private Map<String, Long> counters() {
        Map<String, Long> counters = new HashMap<>();
        jdbc.query("select dimension, scope_key, tab, n from application_tab_count where n <> 0", rs -> {
            counters.put(rs.getString("dimension") + "/" + rs.getString("scope_key") + "/" + rs.getString("tab"),
                    rs.getLong("n"));
        });
        return counters;
    }

    private Map<String, Long> recount() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query(TabCounts.RECOUNT, rs -> {
            counts.put(rs.getString("dimension") + "/" + rs.getString("scope_key") + "/" + rs.getString("tab"),
                    rs.getLong("n"));
        });
        return counts;
    }

    /** What each kind of viewer is told equals a count of the rows in his scope. */
    private void assertViewerCountsArePlainCounts() {
        assertTabs(ADMIN, "", "1 = 1");
        assertTabs(TEAM.get(0), "", "assignee = '" + TEAM.get(0) + "'");
        assertTabs(MANAGER, "", "(assignee = '" + MANAGER + "' or assignee in (select username from backoffice_user"
                + " where manager = '" + MANAGER + "'))");
        assertTabs(DISTRIBUTOR_LOGIN, "", "distributor_arn = '" + DISTRIBUTOR_ARN + "'");
        assertTabs(ADMIN, "?distributor=" + OTHER_DISTRIBUTOR_ARN, "distributor_arn = '" + OTHER_DISTRIBUTOR_ARN + "'");
    }

    private void assertTabs(String viewer, String query, String scope) {
        JsonNode list = read(get(viewer, "/api/applications" + query));
        assertThat(list.get("countsExact").asBoolean()).isTrue();
        for (String status : List.of("PENDING", "ACCEPTED", "REJECTED", "DRAFT")) {
            assertThat(list.at("/counts/" + status).asLong()).as(viewer + query + " " + status)
                    .isEqualTo(count(scope + " and status = '" + status + "'"));
        }
        assertThat(list.at("/counts/AWAITING_APPROVAL").asLong()).as(viewer + query + " awaiting approval")
                .isEqualTo(count(scope + " and status = 'PENDING' and approval_decision is not null"));
        assertThat(list.at("/counts/ALL").asLong()).as(viewer + query + " all").isEqualTo(count(scope));
    }

    private long count(String condition) {
        return jdbc.queryForObject("select count(*) from investor_application where " + condition, Long.class);
    }
}
