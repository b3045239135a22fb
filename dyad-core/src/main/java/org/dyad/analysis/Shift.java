package org.dyad.analysis;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A change in the tone of a dyad: its weekly mean Goldstein weight went from {@code fromMean}
 * to {@code toMean} between the week starting {@code lastWeekBefore} and the week starting
 * {@code firstWeekAfter} (the next week with events; weeks without events are not in the
 * series), with {@code confidence} = 1 - the permutation test's p-value.
 */
public record Shift(
        Dyad dyad,
        LocalDate lastWeekBefore,
        LocalDate firstWeekAfter,
        double fromMean,
        double toMean,
        double confidence) {

    public Shift {
        Objects.requireNonNull(dyad, "dyad");
        Objects.requireNonNull(lastWeekBefore, "lastWeekBefore");
        Objects.requireNonNull(firstWeekAfter, "firstWeekAfter");
        if (!firstWeekAfter.isAfter(lastWeekBefore)) {
            throw new IllegalArgumentException(
                    "shift of " + dyad.label() + " after " + firstWeekAfter + " is not after " + lastWeekBefore);
        }
    }

    /** The date to mark the shift at: the Monday of the first week of the new tone. */
    public LocalDate around() {
        return firstWeekAfter;
    }

    /** "ISR-RUS: from mean +3.00 to mean -5.00 around 2019-03-11, with confidence 0.999". */
    public String describe() {
        return String.format(
                Locale.ROOT,
                "%s: from mean %+.2f to mean %+.2f around %s, with confidence %.3f",
                dyad.label(),
                fromMean,
                toMean,
                around(),
                confidence);
    }
}
