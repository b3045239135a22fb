package org.dyad.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A change in a dyad's relation: its {@code measure} went from {@code fromMean} to
 * {@code toMean} (mean Goldstein weight, or events per {@code period}) between the period
 * starting {@code lastBefore} and the period starting {@code firstAfter}, with
 * {@code confidence} = 1 - the permutation test's p-value. For the tone, periods without events
 * are not in the series, so {@code firstAfter} is the next period with events; for the rates they
 * count as zeros. {@code evidence}: ids of the events that show the change (the first events of
 * a rate that rose, the last ones of a rate that fell, the first period's events of a new tone).
 */
public record Shift(
        Dyad dyad,
        ShiftMeasure measure,
        Period period,
        LocalDate lastBefore,
        LocalDate firstAfter,
        double fromMean,
        double toMean,
        double confidence,
        List<String> evidence) {

    public Shift {
        Objects.requireNonNull(dyad, "dyad");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(lastBefore, "lastBefore");
        Objects.requireNonNull(firstAfter, "firstAfter");
        if (!firstAfter.isAfter(lastBefore)) {
            throw new IllegalArgumentException(
                    "shift of " + dyad.label() + " after " + firstAfter + " is not after " + lastBefore);
        }
        evidence = List.copyOf(evidence);
    }

    /** A change of tone in weekly periods, with no evidence named. */
    public static Shift ofTone(
            Dyad dyad, LocalDate lastBefore, LocalDate firstAfter, double fromMean, double toMean, double confidence) {
        return new Shift(
                dyad, ShiftMeasure.TONE, Period.WEEK, lastBefore, firstAfter, fromMean, toMean, confidence, List.of());
    }

    /** The date to mark the shift at: the first day of the first period of the new level. */
    public LocalDate around() {
        return firstAfter;
    }

    /**
     * "ISR-RUS: from mean +3.00 to mean -5.00 around 2019-03-11, with confidence 0.999" or
     * "RUS-UKR: material conflict from 0.10 to 12.50 events a week around 2022-02-21, with confidence 0.999".
     */
    public String describe() {
        if (measure == ShiftMeasure.TONE) {
            return String.format(
                    Locale.ROOT,
                    "%s: from mean %+.2f to mean %+.2f around %s, with confidence %.3f",
                    dyad.label(),
                    fromMean,
                    toMean,
                    around(),
                    confidence);
        }
        return String.format(
                Locale.ROOT,
                "%s: %s from %.2f to %.2f events a %s around %s, with confidence %.3f",
                dyad.label(),
                measure.label(),
                fromMean,
                toMean,
                period.name().toLowerCase(Locale.ROOT),
                around(),
                confidence);
    }
}
