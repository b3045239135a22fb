package org.dyad.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Precision by confidence: the coded events of a scored run in bands of their {@code confidence}
 * (0.9 and above, 0.8 to 0.9, ... , below 0.5), each with how many were coded and matched, and
 * the same counted from each band's lower bound up, which is what a user who keeps only events at
 * or above that confidence gets. On an exhaustive gold file the precisions are true ones.
 */
public record ConfidenceBands(List<Band> bands) {

    /**
     * Events with a confidence in {@code [lower, upper)} ({@code upper} above 1 for the top band),
     * and from {@code lower} up.
     */
    public record Band(double lower, double upper, int coded, int matched, int codedAbove, int matchedAbove) {
        public double precision() {
            return coded == 0 ? 0 : (double) matched / coded;
        }

        public double precisionAbove() {
            return codedAbove == 0 ? 0 : (double) matchedAbove / codedAbove;
        }
    }

    /** The lower bounds of the bands, highest first; the last band takes everything below 0.5. */
    private static final double[] LOWER = {0.9, 0.8, 0.7, 0.6, 0.5, 0.0};

    public ConfidenceBands {
        bands = List.copyOf(bands);
    }

    public static ConfidenceBands of(Score score) {
        List<Band> bands = new ArrayList<>();
        int codedAbove = 0;
        int matchedAbove = 0;
        double upper = Double.POSITIVE_INFINITY;
        for (double lower : LOWER) {
            int coded = 0;
            int matched = 0;
            for (Score.Judged j : score.judged()) {
                double c = j.event().confidence();
                // A hundredth's tolerance: confidences are rounded to two decimals, and 0.8 must fall in 0.8-0.9.
                if (c >= lower - 1e-9 && c < upper - 1e-9) {
                    coded++;
                    matched += j.matched() ? 1 : 0;
                }
            }
            codedAbove += coded;
            matchedAbove += matched;
            bands.add(new Band(lower, upper, coded, matched, codedAbove, matchedAbove));
            upper = lower;
        }
        return new ConfidenceBands(bands);
    }
}
