package org.dyad.analysis;

import java.util.OptionalDouble;

/** Pearson's correlation coefficient of two series of equal length. */
public final class Correlation {
    private Correlation() {}

    /**
     * Pearson's r of {@code x} and {@code y}; empty when it is undefined: fewer than two pairs, or
     * a series that does not vary (its standard deviation is zero, and r would be 0/0).
     */
    public static OptionalDouble pearson(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("series of " + x.length + " and " + y.length + " values");
        }
        int n = x.length;
        if (n < 2) {
            return OptionalDouble.empty();
        }
        double meanX = mean(x);
        double meanY = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0 || syy == 0) {
            return OptionalDouble.empty();
        }
        // Rounding can carry a perfect correlation a hair past 1.
        return OptionalDouble.of(Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))));
    }

    private static double mean(double[] v) {
        double sum = 0;
        for (double d : v) {
            sum += d;
        }
        return sum / v.length;
    }
}
