package org.dyad.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Synthetic events for analysis tests, built so the expected answers are known by construction. */
final class Events {

    /** A Monday, so weeks counted from it are ISO weeks. */
    static final LocalDate MONDAY = LocalDate.of(2024, 1, 1);

    private final List<DyadEvent> events = new ArrayList<>();

    static DyadEvent event(LocalDate date, String source, String target, int quad, double goldstein) {
        return new DyadEvent(
                "e" + date + source + target + quad + goldstein,
                date,
                source,
                target,
                quad,
                goldstein,
                quad <= 2 ? "04" : "19");
    }

    /** Adds {@code n} events on {@code date}, each with quad class and Goldstein weight as given. */
    Events add(int n, LocalDate date, String source, String target, int quad, double goldstein) {
        for (int i = 0; i < n; i++) {
            events.add(
                    new DyadEvent("e" + events.size(), date, source, target, quad, goldstein, quad <= 2 ? "04" : "19"));
        }
        return this;
    }

    Events add(String source, String target, int quad, double goldstein) {
        return add(1, MONDAY, source, target, quad, goldstein);
    }

    /**
     * Adds a week-by-week tone: in week w (from {@link #MONDAY}) three events on Tuesday with
     * Goldstein weight around {@code means[w]}, with Gaussian noise of {@code sd} from {@code random}.
     */
    Events weekly(String source, String target, double[] means, double sd, Random random) {
        for (int w = 0; w < means.length; w++) {
            for (int i = 0; i < 3; i++) {
                double g = Math.max(-10, Math.min(10, means[w] + sd * random.nextGaussian()));
                add(1, MONDAY.plusWeeks(w).plusDays(1), source, target, g >= 0 ? 1 : 4, g);
            }
        }
        return this;
    }

    List<DyadEvent> list() {
        return List.copyOf(events);
    }

    static double[] repeat(double value, int n) {
        double[] values = new double[n];
        java.util.Arrays.fill(values, value);
        return values;
    }

    static double[] concat(double[] a, double[] b) {
        double[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
