package org.dyad.time;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Counting in the calendar units a time expression names: back from publication ("the past
 * month") and the calendar unit a count back lands in ("two months ago", "six weeks ago").
 */
final class CalendarUnits {
    private static final int YEAR_DAYS = 365;
    private static final int MONTH_DAYS = 30;

    private CalendarUnits() {}

    /** One {@code unit} back from {@code day}: a calendar month or year where the unit is one, so "the past month" of March 14 starts February 14. */
    static LocalDate back(LocalDate day, TimeWords.Unit unit) {
        if (unit.days() >= YEAR_DAYS && unit.days() % YEAR_DAYS == 0) {
            return day.minusYears(unit.days() / YEAR_DAYS);
        }
        if (unit.days() == MONTH_DAYS) {
            return day.minusMonths(1);
        }
        return day.minusDays(unit.days());
    }

    /**
     * What an "ago" expression of {@code unit} means, given SUTime's reading {@code counted} of it
     * (a day, or for weeks sometimes the week, it counted back to): the calendar year or month it
     * lands in, as a reader takes "13 years ago" or "two months ago"; for days and weeks the day,
     * in a week reading the one on publication's weekday ("six weeks ago" said on a Thursday).
     */
    static DateRange ago(DateRange counted, TimeWords.Unit unit, LocalDate published) {
        LocalDate at = counted.start();
        if (unit.days() == YEAR_DAYS) {
            return new DateRange(at.withDayOfYear(1), at.with(TemporalAdjusters.lastDayOfYear()), "year");
        }
        if (unit.days() == MONTH_DAYS && counted.days() <= 31) {
            return new DateRange(at.withDayOfMonth(1), at.with(TemporalAdjusters.lastDayOfMonth()), "month");
        }
        if (unit.days() < MONTH_DAYS && counted.days() == 7) {
            return DateRange.day(at.plusDays(published.getDayOfWeek().getValue() - 1L));
        }
        if (unit.days() < MONTH_DAYS && counted.days() == 1) {
            return DateRange.day(at);
        }
        return counted;
    }
}
