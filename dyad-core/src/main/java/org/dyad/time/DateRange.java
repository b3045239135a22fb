package org.dyad.time;

import java.time.LocalDate;
import java.util.Objects;

/** A range of days, both ends included, and the unit the text gave it in ("day", "week", "month", ...). */
public record DateRange(LocalDate start, LocalDate end, String granularity) {
    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(granularity, "granularity");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("range end " + end + " before start " + start);
        }
    }

    public static DateRange day(LocalDate d) {
        return new DateRange(d, d, "day");
    }

    public DateRange plusYears(int years) {
        return new DateRange(start.plusYears(years), end.plusYears(years), granularity);
    }

    /** The {@code part}-th third (1 to 3) of this range: "early", "mid" or "late" March. */
    public DateRange third(int part) {
        long days = end.toEpochDay() - start.toEpochDay() + 1;
        long from = start.toEpochDay() + days * (part - 1) / 3;
        long to = start.toEpochDay() + days * part / 3 - 1;
        return new DateRange(LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(Math.max(from, to)), granularity);
    }

    /** The union of this range and {@code other}, in the coarser of the two units. */
    public DateRange union(DateRange other) {
        LocalDate s = start.isBefore(other.start) ? start : other.start;
        LocalDate e = end.isAfter(other.end) ? end : other.end;
        return new DateRange(s, e, other.days() > days() ? other.granularity : granularity);
    }

    public long days() {
        return end.toEpochDay() - start.toEpochDay() + 1;
    }
}
