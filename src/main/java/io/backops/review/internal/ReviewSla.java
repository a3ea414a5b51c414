package io.backops.review.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * When a review is due: {@code slaBusinessDays} business days after it starts, skipping weekends and the holiday
 * list, at the same time of day. The BPMN's SLA timer asks it ({@code ${reviewSla.dueDate()}}).
 */
@Component("reviewSla")
public class ReviewSla {

    private final ReviewProperties properties;
    private final Clock clock;

    @Autowired
    ReviewSla(ReviewProperties properties) {
        this(properties, Clock.systemDefaultZone());
    }

    ReviewSla(ReviewProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    public Date dueDate() {
        return Date.from(due(ZonedDateTime.now(clock)).toInstant());
    }

    ZonedDateTime due(ZonedDateTime start) {
        ZonedDateTime due = start;
        int left = properties.slaBusinessDays();
        while (left > 0) {
            due = due.plusDays(1);
            if (isBusinessDay(due.toLocalDate())) {
                left--;
            }
        }
        return due;
    }

    boolean isBusinessDay(LocalDate day) {
        Set<LocalDate> holidays = properties.holidays();
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    String describe() {
        return properties.slaBusinessDays() + " business days";
    }
}
