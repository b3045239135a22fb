package org.dyad.analysis;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One source's events on one dyad in one period: counts by quad class and the sum of their
 * Goldstein weights, which is what a store query can add up without handing over every event.
 */
public record PeriodTally(Dyad dyad, LocalDate start, QuadCounts counts, double goldsteinSum) {

    public PeriodTally {
        Objects.requireNonNull(dyad, "dyad");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(counts, "counts");
        if (!Double.isFinite(goldsteinSum)) {
            throw new IllegalArgumentException(
                    "Goldstein sum " + goldsteinSum + " of " + dyad.label() + " on " + start);
        }
    }

    public int total() {
        return counts.total();
    }

    /** The mean Goldstein weight; empty when the period has no event. */
    public OptionalDouble meanGoldstein() {
        return total() == 0 ? OptionalDouble.empty() : OptionalDouble.of(goldsteinSum / total());
    }
}
