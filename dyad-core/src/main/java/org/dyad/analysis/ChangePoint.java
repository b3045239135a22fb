package org.dyad.analysis;

/**
 * A change in the mean of a series: {@code index} is the first value of the new segment, the
 * means are those of the segments on either side (between this and the neighbouring change
 * points), and {@code pValue} is the permutation test's p-value when the change was found.
 */
public record ChangePoint(int index, double meanBefore, double meanAfter, double pValue) {

    public ChangePoint {
        if (index < 1) {
            throw new IllegalArgumentException("change point at " + index + " has no values before it");
        }
        if (pValue <= 0 || pValue > 1) {
            throw new IllegalArgumentException("p-value " + pValue + " is outside (0, 1]");
        }
    }

    /** 1 - p-value: how sure the test is that the mean changed here. */
    public double confidence() {
        return 1 - pValue;
    }
}
