package org.dyad.serve;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a load run saw of one kind of request: how many answers of each status, how many failed
 * to get an answer at all, 503s without Retry-After, and the latency of every answer (in a
 * primitive array: the samples must not weigh on the heap the run measures).
 */
final class LoadSamples {
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private long[] nanos = new long[1024];
    private long[] okNanos = new long[1024];
    private int count;
    private int okCount;
    private int failures;
    private int busyWithoutRetryAfter;

    void answer(int status, long elapsedNanos, boolean retryAfter) {
        statuses.merge(status, 1, Integer::sum);
        nanos = push(nanos, count++, elapsedNanos);
        if (status == 200) {
            okNanos = push(okNanos, okCount++, elapsedNanos);
        }
        if (status == 503 && !retryAfter) {
            busyWithoutRetryAfter++;
        }
    }

    void failure() {
        failures++;
    }

    void addAll(LoadSamples other) {
        other.statuses.forEach((s, n) -> statuses.merge(s, n, Integer::sum));
        for (int i = 0; i < other.count; i++) {
            nanos = push(nanos, count++, other.nanos[i]);
        }
        for (int i = 0; i < other.okCount; i++) {
            okNanos = push(okNanos, okCount++, other.okNanos[i]);
        }
        failures += other.failures;
        busyWithoutRetryAfter += other.busyWithoutRetryAfter;
    }

    int answers() {
        return count;
    }

    int count(int status) {
        return statuses.getOrDefault(status, 0);
    }

    /** Answers with a status of 500 or above, 503 included. */
    int serverErrors() {
        return statuses.entrySet().stream()
                .filter(e -> e.getKey() >= 500)
                .mapToInt(Map.Entry::getValue)
                .sum();
    }

    int failures() {
        return failures;
    }

    int busyWithoutRetryAfter() {
        return busyWithoutRetryAfter;
    }

    Map<Integer, Integer> statuses() {
        return Map.copyOf(statuses);
    }

    /** The {@code p}-th percentile (0-100) of every answer's latency, in milliseconds; 0 with no answers. */
    double percentileMillis(double p) {
        return percentile(nanos, count, p);
    }

    /** As {@link #percentileMillis} over the 200 answers only. */
    double okPercentileMillis(double p) {
        return percentile(okNanos, okCount, p);
    }

    private static long[] push(long[] values, int at, long value) {
        long[] out = at < values.length ? values : Arrays.copyOf(values, values.length * 2);
        out[at] = value;
        return out;
    }

    /** Nearest-rank percentile: the smallest sample with at least p% of the samples at or below it. */
    private static double percentile(long[] values, int n, double p) {
        if (n == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * n);
        return sorted[Math.max(0, Math.min(n - 1, rank - 1))] / 1e6;
    }
}
