package org.dyad.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * How two sources of events (dyad's own and an imported dataset, say) agree, dyad by dyad and
 * period by period. For each dyad both cover, the Pearson correlation of their period series
 * (counts of each quad class, the total, the mean Goldstein weight) over the periods where either
 * has events; then the dyad-periods where they disagree most. A count is compared as a share of
 * its source's total over the compared dyads, so that a dataset ten times larger does not win
 * every disagreement by its size alone.
 */
public final class SourceComparison {
    /** The series compared, in the order of {@link DyadCorrelation#r()}. */
    public static final List<String> MEASURES = List.of("q1", "q2", "q3", "q4", "total", "mean_goldstein");

    /** One dyad: how many periods and events each source has on it, and r for each of {@link #MEASURES}. */
    public record DyadCorrelation(Dyad dyad, int periods, int eventsA, int eventsB, List<OptionalDouble> r) {
        public DyadCorrelation {
            Objects.requireNonNull(dyad, "dyad");
            r = List.copyOf(r);
            if (r.size() != MEASURES.size()) {
                throw new IllegalArgumentException(r.size() + " correlations for " + MEASURES.size() + " measures");
            }
        }
    }

    /** One dyad in one period: each source's count and its share of that source's total. */
    public record Disagreement(Dyad dyad, LocalDate start, int countA, int countB, double shareA, double shareB) {
        /** How far apart the shares are: the disagreements are ranked by it. */
        public double difference() {
            return Math.abs(shareA - shareB);
        }
    }

    /** The dyads compared, in label order, the largest disagreements first, and each source's total. */
    public record Result(List<DyadCorrelation> dyads, List<Disagreement> disagreements, long totalA, long totalB) {
        public Result {
            dyads = List.copyOf(dyads);
            disagreements = List.copyOf(disagreements);
        }
    }

    private final int minEvents;
    private final int top;

    /**
     * @param minEvents a dyad is compared when each source has at least this many events on it
     * @param top how many disagreements to keep
     */
    public SourceComparison(int minEvents, int top) {
        if (minEvents < 1 || top < 0) {
            throw new IllegalArgumentException("minEvents " + minEvents + " must be at least 1, top " + top + " >= 0");
        }
        this.minEvents = minEvents;
        this.top = top;
    }

    /** Compares source A's tallies with source B's; a dyad-period given twice for one source is added up. */
    public Result compare(Collection<PeriodTally> a, Collection<PeriodTally> b) {
        Map<Dyad, TreeMap<LocalDate, PeriodTally>> byDyadA = byDyad(a);
        Map<Dyad, TreeMap<LocalDate, PeriodTally>> byDyadB = byDyad(b);
        List<Dyad> shared = new ArrayList<>();
        for (Dyad dyad : byDyadA.keySet()) {
            if (byDyadB.containsKey(dyad)
                    && events(byDyadA.get(dyad)) >= minEvents
                    && events(byDyadB.get(dyad)) >= minEvents) {
                shared.add(dyad);
            }
        }
        shared.sort(Comparator.comparing(Dyad::label));
        long totalA = shared.stream().mapToLong(d -> events(byDyadA.get(d))).sum();
        long totalB = shared.stream().mapToLong(d -> events(byDyadB.get(d))).sum();
        List<DyadCorrelation> correlations = new ArrayList<>();
        List<Disagreement> disagreements = new ArrayList<>();
        for (Dyad dyad : shared) {
            TreeMap<LocalDate, PeriodTally> seriesA = byDyadA.get(dyad);
            TreeMap<LocalDate, PeriodTally> seriesB = byDyadB.get(dyad);
            TreeSet<LocalDate> periods = new TreeSet<>(seriesA.keySet());
            periods.addAll(seriesB.keySet());
            correlations.add(correlate(dyad, periods, seriesA, seriesB));
            for (LocalDate start : periods) {
                int countA = count(seriesA.get(start));
                int countB = count(seriesB.get(start));
                disagreements.add(new Disagreement(
                        dyad, start, countA, countB, (double) countA / totalA, (double) countB / totalB));
            }
        }
        disagreements.sort(Comparator.comparingDouble(Disagreement::difference)
                .reversed()
                .thenComparing(d -> d.dyad().label())
                .thenComparing(Disagreement::start));
        return new Result(correlations, disagreements.subList(0, Math.min(top, disagreements.size())), totalA, totalB);
    }

    private static DyadCorrelation correlate(
            Dyad dyad,
            TreeSet<LocalDate> periods,
            TreeMap<LocalDate, PeriodTally> seriesA,
            TreeMap<LocalDate, PeriodTally> seriesB) {
        List<OptionalDouble> r = new ArrayList<>();
        for (int quad = 1; quad <= 4; quad++) {
            int q = quad;
            r.add(series(periods, seriesA, seriesB, t -> t.counts().get(q)));
        }
        r.add(series(periods, seriesA, seriesB, PeriodTally::total));
        // A mean of no events is no number: the Goldstein series runs over the periods both have events in.
        List<LocalDate> both = periods.stream()
                .filter(d -> count(seriesA.get(d)) > 0 && count(seriesB.get(d)) > 0)
                .toList();
        double[] x = new double[both.size()];
        double[] y = new double[both.size()];
        for (int i = 0; i < both.size(); i++) {
            x[i] = seriesA.get(both.get(i)).meanGoldstein().orElseThrow();
            y[i] = seriesB.get(both.get(i)).meanGoldstein().orElseThrow();
        }
        r.add(Correlation.pearson(x, y));
        return new DyadCorrelation(dyad, periods.size(), events(seriesA), events(seriesB), r);
    }

    private static OptionalDouble series(
            TreeSet<LocalDate> periods,
            Map<LocalDate, PeriodTally> seriesA,
            Map<LocalDate, PeriodTally> seriesB,
            ToDoubleFunction<PeriodTally> value) {
        double[] x = new double[periods.size()];
        double[] y = new double[periods.size()];
        int i = 0;
        for (LocalDate start : periods) {
            PeriodTally ta = seriesA.get(start);
            PeriodTally tb = seriesB.get(start);
            x[i] = ta == null ? 0 : value.applyAsDouble(ta);
            y[i] = tb == null ? 0 : value.applyAsDouble(tb);
            i++;
        }
        return Correlation.pearson(x, y);
    }

    private static Map<Dyad, TreeMap<LocalDate, PeriodTally>> byDyad(Collection<PeriodTally> tallies) {
        Map<Dyad, TreeMap<LocalDate, PeriodTally>> out = new HashMap<>();
        for (PeriodTally t : tallies) {
            out.computeIfAbsent(t.dyad(), d -> new TreeMap<>()).merge(t.start(), t, SourceComparison::sum);
        }
        return out;
    }

    private static PeriodTally sum(PeriodTally x, PeriodTally y) {
        QuadCounts c = new QuadCounts(
                x.counts().get(1) + y.counts().get(1),
                x.counts().get(2) + y.counts().get(2),
                x.counts().get(3) + y.counts().get(3),
                x.counts().get(4) + y.counts().get(4));
        return new PeriodTally(x.dyad(), x.start(), c, x.goldsteinSum() + y.goldsteinSum());
    }

    private static int events(Map<LocalDate, PeriodTally> series) {
        return series.values().stream().mapToInt(PeriodTally::total).sum();
    }

    private static int count(PeriodTally t) {
        return t == null ? 0 : t.total();
    }
}
