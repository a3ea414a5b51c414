package io.backops.application.internal;

import io.backops.application.ApplicationFilter;
import io.backops.application.ApplicationPage;
import io.backops.application.ApplicationScope;
import io.backops.application.ApplicationStatus;
import io.backops.application.ListTab;
import io.backops.application.RiskClass;
import io.backops.shared.KraStatus;
import io.backops.shared.Pan;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The list queries. Everything the user can choose is a bound parameter; the only SQL that varies is picked from
 * fixed fragments here, so nothing from a request ever becomes SQL text.
 */
@Repository
public class ApplicationListing {

    private static final Pattern APPLICATION_ID = Pattern.compile("^APP-[0-9-]*$");

    /** A filtered list counts at most this many matches: beyond it, a count says "at least" (docs/api.md). */
    static final int COUNTED_AT_MOST = 10_000;

    private final JdbcClient jdbc;
    private final TabCounts tabCounts;

    ApplicationListing(JdbcClient jdbc, TabCounts tabCounts) {
        this.jdbc = jdbc;
        this.tabCounts = tabCounts;
    }

    public ApplicationPage page(ApplicationScope scope, ApplicationFilter filter) {
        Query where = new Query();
        apply(scope, where);
        filters(filter, where);

        Optional<ApplicationScope> counted = countedScope(scope, filter);
        Map<String, Long> counts = counted.map(tabCounts::of).orElseGet(() -> countUpToTheCap(where));
        boolean countsExact = counted.isPresent() || counts.get(ListTab.ALL.name()) <= COUNTED_AT_MOST;

        Query page = where.copy();
        if (filter.status() != null) {
            page.and("status = ?", filter.status().name());
        }
        if (filter.awaitingApprovalOnly()) {
            page.and("approval_decision is not null");
        }
        if (filter.after() != null) {
            String before = filter.newestFirst() ? "<" : ">";
            page.and("(submitted_at " + before + " ? or (submitted_at = ? and id " + before + " ?))",
                    filter.after().submittedAt(), filter.after().submittedAt(), filter.after().id());
        }
        String direction = filter.newestFirst() ? "desc" : "asc";
        List<Object> params = new ArrayList<>(page.params);
        params.add(filter.size() + 1);
        List<ApplicationPage.Summary> rows = jdbc.sql("""
                select id, status, kra_status, risk_class, assignee, escalated, distributor_arn, amc, applicant_name,
                    pan, submitted_at
                from investor_application where %s
                order by submitted_at %s, id %s fetch first ? rows only
                """.formatted(page.sql(), direction, direction))
                .params(params)
                .query((rs, n) -> new ApplicationPage.Summary(rs.getString("id"),
                        ApplicationStatus.valueOf(rs.getString("status")), KraStatus.valueOf(rs.getString("kra_status")),
                        rs.getString("risk_class") == null ? null : RiskClass.valueOf(rs.getString("risk_class")),
                        rs.getString("assignee"), rs.getBoolean("escalated"), rs.getString("distributor_arn"),
                        rs.getString("amc"), rs.getString("applicant_name"), Pan.mask(rs.getString("pan")),
                        rs.getObject("submitted_at", OffsetDateTime.class)))
                .list();
        ApplicationFilter.Position next = null;
        if (rows.size() > filter.size()) {
            rows = rows.subList(0, filter.size());
            var last = rows.get(rows.size() - 1);
            next = new ApplicationFilter.Position(last.submittedAt(), last.id());
        }
        return new ApplicationPage(rows, counts, countsExact, next);
    }

    /**
     * The scope whose counters hold exactly this list's counts, when there is one: the viewer's scope alone, or
     * narrowed by an assignee filter or by a channel filter. A search text, an AMC, or both filters at once have no
     * counters; such a list is counted row by row, up to {@link #COUNTED_AT_MOST}.
     */
    static Optional<ApplicationScope> countedScope(ApplicationScope scope, ApplicationFilter filter) {
        boolean byText = filter.text() != null && !filter.text().isBlank();
        boolean byAmc = filter.amcs() != null && !filter.amcs().isEmpty();
        boolean byAssignee = filter.assignees() != null;
        boolean byChannel = filter.distributors() != null && !filter.distributors().isEmpty();
        if (byText || byAmc || (byAssignee && byChannel)) {
            return Optional.empty();
        }
        if (byAssignee) {
            return narrowed(scope, ApplicationScope.By.ASSIGNEE, filter.assignees());
        }
        if (byChannel) {
            return narrowed(scope, ApplicationScope.By.CHANNEL, filter.distributors());
        }
        return Optional.of(scope);
    }

    private static Optional<ApplicationScope> narrowed(ApplicationScope scope, ApplicationScope.By by,
                                                       List<String> chosen) {
        if (scope.by() == ApplicationScope.By.EVERYTHING) {
            return Optional.of(new ApplicationScope(by, Set.copyOf(chosen)));
        }
        if (scope.by() == by) {
            return Optional.of(new ApplicationScope(by,
                    chosen.stream().filter(scope.values()::contains).collect(Collectors.toSet())));
        }
        return Optional.empty();
    }

    /** Counts the matching rows, but reads no more than {@link #COUNTED_AT_MOST} + 1 of them. */
    private Map<String, Long> countUpToTheCap(Query where) {
        Map<String, Long> byTab = new LinkedHashMap<>();
        List<Object> params = new ArrayList<>(where.params);
        params.add(COUNTED_AT_MOST + 1);
        jdbc.sql("""
                select status, count(*) as n, count(approval_decision) as awaiting from (
                    select status, approval_decision from investor_application where %s fetch first ? rows only
                ) matches group by status
                """.formatted(where.sql()))
                .params(params)
                .query(rs -> {
                    byTab.put(rs.getString("status"), rs.getLong("n"));
                    if (ApplicationStatus.PENDING.name().equals(rs.getString("status"))) {
                        byTab.put(ListTab.AWAITING_APPROVAL.name(), rs.getLong("awaiting"));
                    }
                });
        return TabCounts.everyTab(byTab);
    }

    /** How many applications in scope were submitted at or after this time. */
    public long submittedSince(ApplicationScope scope, OffsetDateTime since) {
        Query where = new Query();
        apply(scope, where);
        where.and("submitted_at >= ?", since);
        return jdbc.sql("select count(*) from investor_application where " + where.sql())
                .params(where.params)
                .query(Long.class)
                .single();
    }

    private static void filters(ApplicationFilter filter, Query where) {
        if (filter.assignees() != null) {
            where.in("assignee", filter.assignees());
        }
        if (filter.distributors() != null && !filter.distributors().isEmpty()) {
            where.in("distributor_arn", filter.distributors());
        }
        if (filter.amcs() != null && !filter.amcs().isEmpty()) {
            where.in("amc", filter.amcs());
        }
        String text = filter.text() == null ? "" : filter.text().trim();
        if (text.isEmpty()) {
            return;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (APPLICATION_ID.matcher(upper).matches()) {
            where.and("id like ?", upper + "%");
        } else if (Pan.isValid(upper)) {
            where.and("pan = ?", upper);
        } else {
            where.and("upper(applicant_name) like ?", "%" + upper.replace("%", "").replace("_", "") + "%");
        }
    }

    /** A scope as a condition on the rows: a column and its allowed values, bound as parameters. */
    static void apply(ApplicationScope scope, Query where) {
        String column = switch (scope.by()) {
            case EVERYTHING -> null;
            case ASSIGNEE -> "assignee";
            case CHANNEL -> "distributor_arn";
            case SUBMITTER -> "submitted_by";
        };
        if (column != null) {
            where.in(column, scope.values().stream().sorted().toList());
        }
    }

    /** A where-clause built from fixed fragments and bound parameters. */
    static final class Query {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();

        void and(String condition, Object... values) {
            conditions.add(condition);
            params.addAll(List.of(values));
        }

        void in(String column, List<String> values) {
            if (values.isEmpty()) {
                conditions.add("1 = 0");
                return;
            }
            conditions.add(column + " in (" + String.join(", ", values.stream().map(v -> "?").toList()) + ")");
            params.addAll(values);
        }

        List<Object> params() {
            return List.copyOf(params);
        }

        String sql() {
            return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        }

        Query copy() {
            Query copy = new Query();
            copy.conditions.addAll(conditions);
            copy.params.addAll(params);
            return copy;
        }
    }
}
