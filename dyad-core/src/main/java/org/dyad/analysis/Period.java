package org.dyad.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** The length of one step of a timeline: a calendar day, an ISO week (Monday to Sunday) or a calendar month. */
public enum Period {
    DAY,
    WEEK,
    MONTH;

    /** The first day of the period that contains {@code date}. */
    public LocalDate start(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
        };
    }

    /** The first day of the period after the one starting on {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    /** "2019-05-06", "2019-W19" (ISO week-based year and week) or "2019-05". */
    public String label(LocalDate start) {
        return switch (this) {
            case DAY -> start.toString();
            case WEEK ->
                String.format(
                        "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> start.toString().substring(0, 7);
        };
    }

    /** Parses "day", "week" or "month", in any case. */
    public static Period parse(String name) {
        for (Period period : values()) {
            if (period.name().equalsIgnoreCase(name.trim())) {
                return period;
            }
        }
        throw new IllegalArgumentException("period '" + name + "' is not day, week or month");
    }
}
