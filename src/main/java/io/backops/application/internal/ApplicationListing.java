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
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The list queries. Everything the user can choose is a bound parameter; the only SQL that varies is picked from
 * fixed fragments here, so nothing from a request ever becomes SQL text.
 */
@Repository
public class ApplicationListing {

    private static final Pattern APPLICATION_ID = Pattern.compile("^APP-[0-9-]*$");

    private final JdbcClient jdbc;

    ApplicationListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ApplicationPage page(ApplicationScope scope, ApplicationFilter filter) {
        Query where = new Query();
        apply(scope, where);
        filters(filter, where);

        Map<String, Long> counts = counts(where);

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
        return new ApplicationPage(rows, counts, next);
    }

    private Map<String, Long> counts(Query where) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ApplicationStatus status : ApplicationStatus.values()) {
            counts.put(status.name(), 0L);
        }
        long[] awaiting = {0};
        jdbc.sql("""
                select status, count(*) as n, count(approval_decision) as awaiting from investor_application
                where %s group by status
                """.formatted(where.sql()))
                .params(where.params)
                .query(rs -> {
                    counts.put(rs.getString("status"), rs.getLong("n"));
                    awaiting[0] += rs.getLong("awaiting");
                });
        counts.put("ALL", counts.values().stream().mapToLong(Long::longValue).sum());
        counts.put(ListTab.AWAITING_APPROVAL.name(), awaiting[0]);
        return counts;
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
