package io.backops.settings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Set;

/**
 * The one business-day rule of every clock Backops keeps (review and approval SLAs, the regulatory deadlines): count
 * whole days forward, skipping Saturdays, Sundays and the holiday list of the product settings; the due moment keeps
 * the start's time of day.
 */
public final class BusinessDays {

    private BusinessDays() {
    }

    public static ZonedDateTime after(ZonedDateTime start, int businessDays, Collection<LocalDate> holidays) {
        Set<LocalDate> closed = Set.copyOf(holidays);
        ZonedDateTime due = start;
        int left = businessDays;
        while (left > 0) {
            due = due.plusDays(1);
            if (isBusinessDay(due.toLocalDate(), closed)) {
                left--;
            }
        }
        return due;
    }

    private static boolean isBusinessDay(LocalDate day, Set<LocalDate> holidays) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }
}
