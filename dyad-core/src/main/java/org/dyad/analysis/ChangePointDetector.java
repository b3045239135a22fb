package org.dyad.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/**
 * Finds changes in the mean of a series by binary segmentation with a CUSUM statistic and a
 * permutation test; or, made by {@link #rates}, changes in the rate of a series of counts, with
 * the likelihood-ratio statistic of a change in a Poisson rate in place of the CUSUM.
 *
 * <p>For a segment x[lo..hi) of n values, every split k leaving at least {@code minSegment}
 * values on each side is scored by the standardised CUSUM statistic
 * T(k) = sqrt(k (n - k) / n) * |mean(left) - mean(right)|, which is, up to the noise's standard
 * deviation, the likelihood-ratio statistic for one change in the mean of normal data. The best
 * split's T is compared with the best T of {@code permutations} random shuffles of the same
 * segment (shuffling destroys any change while keeping the values, so no variance estimate or
 * normality is needed): p = (1 + shuffles scoring at least as high) / (1 + permutations).
 * When p &lt;= {@code alpha} the split is kept and both sides are searched the same way. The
 * shuffles draw from a {@link Random} seeded with {@code seed} at each call, so the same series
 * always gives the same answer. Tests at deeper levels are not corrected for multiplicity; the
 * minimum segment length bounds how many there can be.
 *
 * <p>A known weakness of binary segmentation with a one-change statistic: a short episode that
 * returns to the old level in the middle of a long series (+5, then -7, then +5 again) gives no
 * single split that stands out, and may go unreported; changes to new levels (a step, a
 * staircase) are found.
 *
 * <p>Counts per period (events of one kind a week, with the weeks without any as zeros) are
 * sparse and skewed, which the CUSUM of means handles badly: a war that breaks out after months
 * of one event a month is a change from 0.2 to 20 events a week. For a split of n counts with
 * sums l (left, k values) and r (right), the statistic is
 * 2 (l ln(l/k) + r ln(r/(n-k)) - (l+r) ln((l+r)/n)), with 0 ln 0 = 0. The permutation test needs
 * no Poisson assumption (bursty counts shuffle as they are). Where no single split is significant,
 * the busiest run of up to {@link #LONGEST_EPISODE} periods against the rest is tested too (a war
 * between two calmer years). The search keeps every significant split; a change is reported only
 * when, between its neighbouring change points, the higher side's rate is at least
 * {@link #RATE_RATIO} times the lower's and holds at least {@link #MIN_EVENTS} events, so that a
 * quiet series' chance clusters of a few events are no shift.
 *
 * <p>Immutable and thread-safe.
 */
public final class ChangePointDetector {
    /** A rate change must at least double (or halve) the rate. */
    public static final double RATE_RATIO = 2.0;
    /** The busier side of a rate change holds at least this many events. */
    public static final double MIN_EVENTS = 5;

    private final int minSegment;
    private final int permutations;
    private final double alpha;
    private final long seed;
    private final boolean counts;

    public ChangePointDetector(int minSegment, int permutations, double alpha, long seed) {
        this(minSegment, permutations, alpha, seed, false);
    }

    private ChangePointDetector(int minSegment, int permutations, double alpha, long seed, boolean counts) {
        if (minSegment < 1) {
            throw new IllegalArgumentException("minimum segment length " + minSegment + " is below 1");
        }
        if (permutations < 1) {
            throw new IllegalArgumentException("permutations " + permutations + " is below 1");
        }
        if (alpha <= 0 || alpha >= 1) {
            throw new IllegalArgumentException("alpha " + alpha + " is outside (0, 1)");
        }
        this.minSegment = minSegment;
        this.permutations = permutations;
        this.alpha = alpha;
        this.seed = seed;
        this.counts = counts;
    }

    /** A detector of changes in the rate of a series of counts (non-negative), as the class comment says. */
    public static ChangePointDetector rates(int minSegment, int permutations, double alpha, long seed) {
        return new ChangePointDetector(minSegment, permutations, alpha, seed, true);
    }

    /** Segments of at least 3 values, 999 shuffles, alpha 0.01, seed 20070101. */
    public static ChangePointDetector defaults() {
        return new ChangePointDetector(3, 999, 0.01, 20070101L);
    }

    public int minSegment() {
        return minSegment;
    }

    /** The change points of {@code series}, in order. */
    public List<ChangePoint> detect(double[] series) {
        TreeMap<Integer, Double> pValues = new TreeMap<>();
        segment(series, 0, series.length, new Random(seed), pValues);
        List<Integer> bounds = new ArrayList<>(pValues.keySet());
        List<ChangePoint> changes = new ArrayList<>();
        for (int i = 0; i < bounds.size(); i++) {
            int from = i == 0 ? 0 : bounds.get(i - 1);
            int at = bounds.get(i);
            int to = i + 1 < bounds.size() ? bounds.get(i + 1) : series.length;
            double before = mean(series, from, at);
            double after = mean(series, at, to);
            if (!counts || largeEnough(before, after, at - from, to - at)) {
                changes.add(new ChangePoint(at, before, after, pValues.get(at)));
            }
        }
        return changes;
    }

    private void segment(double[] series, int lo, int hi, Random random, TreeMap<Integer, Double> found) {
        if (hi - lo < 2 * minSegment) {
            return;
        }
        double[] values = Arrays.copyOfRange(series, lo, hi);
        double[] logs = counts ? logs(values) : null;
        Split best = bestSplit(values, logs);
        if (best.score() <= 0) {
            return;
        }
        double pValue = pValue(values, best.score(), v -> bestSplit(v, logs).score(), permutations, alpha, random);
        if (pValue <= alpha) {
            found.put(lo + best.at(), pValue);
            segment(series, lo, lo + best.at(), random, found);
            segment(series, lo + best.at(), hi, random, found);
            return;
        }
        if (!counts) {
            return;
        }
        // No one split stands out: a war may be an episode between two calmer stretches, which one
        // split cannot cut off (circular binary segmentation's case). The busiest run of periods
        // against the rest is tested at its own alpha, since it is asked only where no split was
        // found; a change is still reported only if it doubles the rate (see detect).
        Split[] episode = bestEpisode(values, logs);
        if (episode == null) {
            return;
        }
        double q = pValue(
                values,
                episode[0].score(),
                v -> score(bestEpisode(v, logs)),
                Math.min(permutations, EPISODE_PERMUTATIONS),
                EPISODE_ALPHA,
                random);
        if (q <= EPISODE_ALPHA) {
            found.put(lo + episode[0].at(), q);
            found.put(lo + episode[1].at(), q);
            segment(series, lo, lo + episode[0].at(), random, found);
            segment(series, lo + episode[0].at(), lo + episode[1].at(), random, found);
            segment(series, lo + episode[1].at(), hi, random, found);
        }
    }

    /**
     * Shuffles for an episode's test: each costs 26 times a split's, and at alpha 0.005 the
     * p-value needs no finer steps than 1/2000.
     */
    static final int EPISODE_PERMUTATIONS = 1999;

    /** The longest run of periods an episode is looked for in: half a year of weeks. */
    static final int LONGEST_EPISODE = 26;

    /**
     * The significance an episode needs, asked only where no single change was found. At 0.01,
     * 3 of 40 short noise series in ShiftsTest gave a shift; at 0.005 fewer than 3 do, and the
     * USA-RUS war episode of 2022 on the White House corpus (p about 0.001-0.002) is found.
     */
    static final double EPISODE_ALPHA = 0.005;

    /**
     * The run of {@code minSegment} to {@link #LONGEST_EPISODE} periods, leaving at least
     * {@code minSegment} on each side, whose rate differs most from the rest's (the likelihood
     * ratio of one rate inside and one outside): its start and end, the start carrying the score.
     */
    Split[] bestEpisode(double[] values, double[] logs) {
        int n = values.length;
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + values[i];
        }
        double total = prefix[n];
        Split[] best = null;
        for (int from = minSegment; from + minSegment <= n - minSegment; from++) {
            for (int to = from + minSegment; to <= Math.min(n - minSegment, from + LONGEST_EPISODE); to++) {
                double in = prefix[to] - prefix[from];
                int m = to - from;
                double score = 2 * (xLogX(in, m, logs) + xLogX(total - in, n - m, logs) - xLogX(total, n, logs));
                if (best == null || score > best[0].score()) {
                    best = new Split[] {new Split(from, score), new Split(to, score)};
                }
            }
        }
        return best == null || best[0].score() <= 0 ? null : best;
    }

    private static double score(Split[] episode) {
        return episode == null ? 0 : episode[0].score();
    }

    /**
     * The permutation test's p-value of {@code observed}: (1 + shuffles whose {@code statistic}
     * scores at least as high) / (1 + permutations). Once more shuffles score as high as
     * {@code level} allows, the answer cannot be kept and the shuffling stops; only kept answers
     * report their p-value, so this changes no answer, and a series with no change costs a few
     * dozen shuffles.
     */
    private double pValue(
            double[] values,
            double observed,
            java.util.function.ToDoubleFunction<double[]> statistic,
            int shuffles,
            double level,
            Random random) {
        int asHigh = 0;
        double allowed = level * (1.0 + shuffles) - 1.0;
        double[] shuffled = values.clone();
        for (int p = 0; p < shuffles && asHigh <= allowed; p++) {
            shuffle(shuffled, random);
            if (statistic.applyAsDouble(shuffled) >= observed) {
                asHigh++;
            }
        }
        return (1.0 + asHigh) / (1.0 + shuffles);
    }

    /** A split point (first index of the right part) and its statistic. */
    record Split(int at, double score) {}

    /**
     * The split with the highest statistic, in one pass over running sums. For counts, while no
     * event is added to the left the likelihood ratio is convex in k, so its maximum over a run of
     * zeros is at one of the run's ends: only the splits next to a non-zero count (and the first
     * and last allowed) are scored, which gives the same best split at a fraction of the cost on
     * sparse series; {@code logs} holds ln(i) for the integers up to the segment's length and sum.
     */
    Split bestSplit(double[] values, double[] logs) {
        int n = values.length;
        double total = 0;
        for (double value : values) {
            total += value;
        }
        double left = 0;
        Split best = new Split(minSegment, -1);
        for (int k = 1; k <= n - minSegment; k++) {
            left += values[k - 1];
            if (k < minSegment) {
                continue;
            }
            if (counts && k > minSegment && k < n - minSegment && values[k - 1] == 0 && values[k] == 0) {
                continue;
            }
            double score = counts
                    ? 2 * (xLogX(left, k, logs) + xLogX(total - left, n - k, logs) - xLogX(total, n, logs))
                    : Math.sqrt((double) k * (n - k) / n) * Math.abs(left / k - (total - left) / (n - k));
            if (score > best.score()) {
                best = new Split(k, score);
            }
        }
        return best;
    }

    /** sum ln(sum / n), the Poisson log-likelihood's part that depends on the rate; 0 for no events. */
    private static double xLogX(double sum, int n, double[] logs) {
        if (sum <= 0) {
            return 0;
        }
        int whole = (int) sum;
        return logs != null && whole == sum && whole < logs.length
                ? sum * (logs[whole] - logs[n])
                : sum * Math.log(sum / n);
    }

    /** ln(i) for i up to the segment's length and its sum when the counts are whole; else null. */
    static double[] logs(double[] values) {
        double total = 0;
        for (double v : values) {
            if (v != Math.rint(v) || v < 0) {
                return null;
            }
            total += v;
        }
        double[] logs = new double[(int) Math.max(values.length, total) + 1];
        for (int i = 1; i < logs.length; i++) {
            logs[i] = Math.log(i);
        }
        return logs;
    }

    /**
     * Whether a rate change from {@code before} over {@code periodsBefore} periods to {@code after}
     * over {@code periodsAfter} is large enough to report (see the class comment).
     */
    private static boolean largeEnough(double before, double after, int periodsBefore, int periodsAfter) {
        double high = Math.max(before, after);
        double low = Math.min(before, after);
        double highEvents = high * (before >= after ? periodsBefore : periodsAfter);
        return high >= RATE_RATIO * low && highEvents >= MIN_EVENTS;
    }

    private static double mean(double[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / (to - from);
    }

    private static void shuffle(double[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
