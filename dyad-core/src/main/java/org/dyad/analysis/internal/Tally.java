package org.dyad.analysis.internal;

import java.util.OptionalDouble;
import org.dyad.analysis.DyadEvent;
import org.dyad.analysis.QuadCounts;

/** A running count by quad class and sum of Goldstein weights; mutable, owned by one analysis run. */
public final class Tally {

    private final int[] quads = new int[4];
    private double goldsteinSum;

    public void add(DyadEvent event) {
        quads[event.quadClass() - 1]++;
        goldsteinSum += event.goldstein();
    }

    public QuadCounts counts() {
        return new QuadCounts(quads[0], quads[1], quads[2], quads[3]);
    }

    public int total() {
        return quads[0] + quads[1] + quads[2] + quads[3];
    }

    public double goldsteinSum() {
        return goldsteinSum;
    }

    /** The mean Goldstein weight, empty when nothing was counted. */
    public OptionalDouble meanGoldstein() {
        int total = total();
        return total == 0 ? OptionalDouble.empty() : OptionalDouble.of(goldsteinSum / total);
    }
}
