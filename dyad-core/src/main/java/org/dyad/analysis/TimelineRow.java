package org.dyad.analysis;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;

/** One period of a timeline: its first day, its label, the counts by quad class and the mean Goldstein weight (empty when no events). */
public record TimelineRow(LocalDate start, String label, QuadCounts counts, OptionalDouble meanGoldstein) {

    public TimelineRow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(meanGoldstein, "meanGoldstein");
        if (counts.total() == 0 && meanGoldstein.isPresent()) {
            throw new IllegalArgumentException("period " + label + " has a mean Goldstein weight but no events");
        }
    }

    public int total() {
        return counts.total();
    }
}
