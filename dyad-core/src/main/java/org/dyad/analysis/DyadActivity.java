package org.dyad.analysis;

import java.util.Objects;

/** How active one dyad was: its counts by quad class and the mean Goldstein weight of its events. */
public record DyadActivity(Dyad dyad, QuadCounts counts, double meanGoldstein) {

    public DyadActivity {
        Objects.requireNonNull(dyad, "dyad");
        Objects.requireNonNull(counts, "counts");
        if (counts.total() == 0) {
            throw new IllegalArgumentException("dyad " + dyad.label() + " has no events");
        }
    }

    public int total() {
        return counts.total();
    }
}
