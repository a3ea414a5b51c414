package io.backops.reporting.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The report's columns: their titles and each row's values. Times are shown in the reader's zone; turnaround is
 * in hours and in business days (weekends and the settings' holidays left out); numbers stay numbers.
 */
final class MisColumns {

    static final List<String> TITLES = List.of("Application", "Submitted at", "Distributor ARN", "Distributor", "AMC",
            "Applicant", "PAN", "Flow", "Flow version", "Risk class", "Status", "Assignee", "Manager", "Decided at",
            "Decided by", "Reason", "Turnaround (hours)", "Turnaround (business days)", "Escalated", "KRA",
            "KRA status", "Acknowledgement", "First push", "Last push", "Push attempts");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;
    private final Set<LocalDate> holidays;

    MisColumns(ZoneId zone, Set<LocalDate> holidays) {
        this.zone = zone;
        this.holidays = holidays;
    }

    /** A row's values in column order: strings, numbers, or null for nothing. */
    List<Object> values(MisRow r) {
        String[] flow = r.flowDefinition() == null ? new String[0] : r.flowDefinition().split(":");
        List<Object> values = new ArrayList<>(Arrays.asList(r.id(), time(r.submittedAt()), r.distributorArn(),
                r.distributorName(), r.amc(), r.applicantName(), r.maskedPan(), flow.length > 0 ? flow[0] : null,
                flow.length > 1 ? Long.valueOf(flow[1]) : null, r.riskClass(), r.status(), r.assignee(), r.manager(),
                time(r.decidedAt()), r.decidedBy(), r.reason()));
        values.add(r.decidedAt() == null ? null
                : Math.round(Duration.between(r.submittedAt(), r.decidedAt()).toMinutes() / 6.0) / 10.0);
        values.add(r.decidedAt() == null ? null : businessDays(r.submittedAt(), r.decidedAt()));
        values.addAll(Arrays.asList(r.escalated() ? "yes" : "no", r.kra(), r.kraStatus(), r.ackNumber(),
                time(r.firstPush()), time(r.lastPush()), r.pushAttempts()));
        return values;
    }

    /** Business days after the submission day up to and including the decision day; the same day is 0. */
    long businessDays(OffsetDateTime from, OffsetDateTime to) {
        LocalDate day = from.atZoneSameInstant(zone).toLocalDate();
        LocalDate last = to.atZoneSameInstant(zone).toLocalDate();
        long days = 0;
        while (day.isBefore(last)) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !holidays.contains(day)) {
                days++;
            }
        }
        return days;
    }

    private String time(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(zone).format(TIME);
    }
}
