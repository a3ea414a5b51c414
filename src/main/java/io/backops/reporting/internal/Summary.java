package io.backops.reporting.internal;

import io.backops.identity.BackofficeUser;
import io.backops.identity.Role;
import io.backops.identity.UserManagement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The numbers behind the dashboard's analytics ({@code GET /api/reports/summary}, docs/api.md): applications per status
 * per day, week or month of submission, the same totals for the period just before, the share of pushed applications
 * the KRA verified, and the median time to a decision. An admin sees everything, a manager his team's work; the rows
 * are counted as they stream by, so a long period costs time, not memory beyond one number per decision.
 */
@Service
public class Summary {

    static final List<String> STATUSES = List.of("PENDING", "ACCEPTED", "REJECTED", "DRAFT");

    private final JdbcTemplate jdbc;
    private final UserManagement users;

    Summary(JdbcTemplate jdbc, UserManagement users) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(1_000);
        this.users = users;
    }

    public enum Granularity { DAY, WEEK, MONTH }

    public record Period(LocalDate start, Map<String, Long> counts) {
    }

    public record Totals(LocalDate from, LocalDate to, Map<String, Long> counts) {
    }

    public record Report(LocalDate from, LocalDate to, Granularity granularity, List<Period> periods,
                         Map<String, Long> totals, Totals previous, Map<String, Double> changePercent,
                         Double kraVerifiedShare, Double medianTurnaroundHours) {
    }

    @Transactional(readOnly = true)
    public Report of(String viewer, LocalDate from, LocalDate to, Granularity granularity, ZoneId zone) {
        List<String> scope = scopeOf(viewer);
        Tally now = tally(from, to, granularity, zone, scope);
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        LocalDate previousTo = from.minusDays(1);
        LocalDate previousFrom = previousTo.minusDays(days - 1);
        Tally before = tally(previousFrom, previousTo, granularity, zone, scope);
        Map<String, Double> change = new LinkedHashMap<>();
        now.totals.forEach((status, count) -> {
            long earlier = before.totals.getOrDefault(status, 0L);
            change.put(status, earlier == 0 ? null : Math.round((count - earlier) * 1000.0 / earlier) / 10.0);
        });
        List<Period> periods = new ArrayList<>();
        now.byPeriod.forEach((start, counts) -> periods.add(new Period(start, counts)));
        return new Report(from, to, granularity, periods, now.totals,
                new Totals(previousFrom, previousTo, before.totals), change,
                now.pushed == 0 ? null : Math.round(now.verified * 1000.0 / now.pushed) / 1000.0, now.medianHours());
    }

    /** {@code null} for everything (admins); a manager's team and himself; nobody else may ask. */
    private List<String> scopeOf(String viewer) {
        BackofficeUser user = users.find(viewer).orElseThrow(() -> new AccessDeniedException("Unknown user"));
        return switch (user.role()) {
            case ADMIN -> null;
            case MANAGER -> users.teamAndSelf(viewer);
            default -> throw new AccessDeniedException("Only admins and managers see the summary");
        };
    }

    private Tally tally(LocalDate from, LocalDate to, Granularity granularity, ZoneId zone, List<String> scope) {
        Tally tally = new Tally(from, to, granularity);
        List<Object> params = new ArrayList<>(List.of(from.atStartOfDay(zone).toOffsetDateTime(),
                to.plusDays(1).atStartOfDay(zone).toOffsetDateTime()));
        String inScope = "";
        if (scope != null) {
            inScope = " and assignee in (" + String.join(", ", scope.stream().map(any -> "?").toList()) + ")";
            params.addAll(scope);
        }
        jdbc.query("select submitted_at, status, kra_status, decided_at from investor_application"
                + " where submitted_at >= ? and submitted_at < ?" + inScope, (ResultSet rs) -> {
                    tally.add(rs.getObject("submitted_at", OffsetDateTime.class).atZoneSameInstant(zone).toLocalDate(),
                            rs.getString("status"), rs.getString("kra_status"),
                            rs.getObject("submitted_at", OffsetDateTime.class),
                            rs.getObject("decided_at", OffsetDateTime.class));
                }, params.toArray());
        return tally;
    }

    /** Counts as rows go by. */
    private static final class Tally {
        private final Granularity granularity;
        private final Map<LocalDate, Map<String, Long>> byPeriod = new TreeMap<>();
        private final Map<String, Long> totals = emptyCounts();
        private long[] turnaroundMinutes = new long[1024];
        private int decided;
        private long pushed;
        private long verified;

        Tally(LocalDate from, LocalDate to, Granularity granularity) {
            this.granularity = granularity;
            for (LocalDate start = periodOf(from); !start.isAfter(to); start = next(start)) {
                byPeriod.put(start, emptyCounts());
            }
        }

        void add(LocalDate day, String status, String kraStatus, OffsetDateTime submittedAt, OffsetDateTime decidedAt) {
            byPeriod.computeIfAbsent(periodOf(day), any -> emptyCounts()).merge(status, 1L, Long::sum);
            byPeriod.get(periodOf(day)).merge("ALL", 1L, Long::sum);
            totals.merge(status, 1L, Long::sum);
            totals.merge("ALL", 1L, Long::sum);
            if (kraStatus != null && !"NOT_PUSHED".equals(kraStatus)) {
                pushed++;
                if ("REGISTERED".equals(kraStatus) || "VALIDATED".equals(kraStatus)) {
                    verified++;
                }
            }
            if (decidedAt != null) {
                if (decided == turnaroundMinutes.length) {
                    turnaroundMinutes = Arrays.copyOf(turnaroundMinutes, decided * 2);
                }
                turnaroundMinutes[decided++] = Duration.between(submittedAt, decidedAt).toMinutes();
            }
        }

        Double medianHours() {
            if (decided == 0) {
                return null;
            }
            long[] sorted = Arrays.copyOf(turnaroundMinutes, decided);
            Arrays.sort(sorted);
            double median = decided % 2 == 1 ? sorted[decided / 2] : (sorted[decided / 2 - 1] + sorted[decided / 2]) / 2.0;
            return Math.round(median / 6.0) / 10.0;
        }

        private LocalDate periodOf(LocalDate day) {
            return switch (granularity) {
                case DAY -> day;
                case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> day.withDayOfMonth(1);
            };
        }

        private LocalDate next(LocalDate start) {
            return switch (granularity) {
                case DAY -> start.plusDays(1);
                case WEEK -> start.plusWeeks(1);
                case MONTH -> start.plusMonths(1);
            };
        }

        private static Map<String, Long> emptyCounts() {
            Map<String, Long> counts = new LinkedHashMap<>();
            STATUSES.forEach(status -> counts.put(status, 0L));
            counts.put("ALL", 0L);
            return counts;
        }
    }
}
