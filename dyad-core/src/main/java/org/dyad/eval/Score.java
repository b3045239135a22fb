package org.dyad.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.dyad.model.Event;

/**
 * The figures of one scoring run, as {@code score_events.py} reports them: hits and totals per
 * {@link Measure}, how many events were coded and matched, how many came from sentences that must
 * give none, and what became of each gold event.
 *
 * @param boilerplate coded events in sentences the gold lists under {@code not_events}
 * @param exhaustive whether the gold lists every event, which makes {@link #precision()} the true precision
 * @param roles how much of the gold's roles the matching checked
 * @param judged each coded event of the gold's articles (every event of the run for a one-article
 *     gold file), in run order, and whether a gold event took it
 */
public record Score(
        Map<Measure, Count> counts,
        int matched,
        int boilerplate,
        List<GoldOutcome> outcomes,
        boolean exhaustive,
        Roles roles,
        List<Judged> judged) {

    /** A coded event and whether it matched a gold event (core or stretch). */
    public record Judged(Event event, boolean matched) {
        public Judged {
            Objects.requireNonNull(event, "event");
        }
    }

    /** Hits out of a total. */
    public record Count(int hit, int of) {
        public Count {
            if (hit < 0 || hit > of) {
                throw new IllegalArgumentException("hit " + hit + " is not within 0.." + of);
            }
        }
    }

    public Score {
        Map<Measure, Count> all = new EnumMap<>(Measure.class);
        for (Measure m : Measure.values()) {
            all.put(m, Objects.requireNonNull(counts, "counts").getOrDefault(m, new Count(0, 0)));
        }
        counts = java.util.Collections.unmodifiableMap(all);
        outcomes = List.copyOf(outcomes);
        judged = List.copyOf(judged);
        Objects.requireNonNull(roles, "roles");
        if (matched > judged.size()) {
            throw new IllegalArgumentException("matched " + matched + " is more than the " + judged.size() + " coded");
        }
    }

    /** How many events of the gold's articles were coded. */
    public int coded() {
        return judged.size();
    }

    public Count count(Measure m) {
        return counts.get(m);
    }

    /**
     * Matched out of coded, 0 when nothing was coded: the precision for an exhaustive gold file, a
     * proxy for it otherwise (a coded event the gold does not list may still be right).
     */
    public double precision() {
        return coded() == 0 ? 0.0 : (double) matched / coded();
    }

    public double coreRecall() {
        Count core = count(Measure.CORE);
        return core.of() == 0 ? 0.0 : (double) core.hit() / core.of();
    }

    /** The harmonic mean of {@link #precision()} and {@link #coreRecall()}, 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = coreRecall();
        // The script's expression and order of operations, so the rounding agrees to the last digit.
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /**
     * The coded events no gold event took, in run order: false positives for an exhaustive gold
     * file, events the gold does not list (right or wrong) otherwise.
     */
    public List<Event> unmatched() {
        return judged.stream().filter(j -> !j.matched()).map(Judged::event).toList();
    }

    /** The gold events no coded event matched, in gold order. */
    public List<GoldOutcome> misses() {
        return outcomes.stream().filter(GoldOutcome::missed).toList();
    }

    /**
     * The script's summary line, character for character:
     * {@code score: core 10/17, stretch 4/8, when 0/1; coded 27, matched 14, precision~0.52, boilerplate events 0},
     * for an exhaustive gold file followed by {@code ; exhaustive: precision 0.52, core recall 0.59, F1 0.55}.
     */
    public String summaryLine() {
        String parts = counts.entrySet().stream()
                .filter(e -> e.getValue().of() > 0)
                .map(e -> e.getKey().key() + " " + e.getValue().hit() + "/"
                        + e.getValue().of())
                .collect(Collectors.joining(", "));
        return "score: " + parts + "; coded " + coded() + ", matched " + matched + ", precision~"
                + rounded(precision(), 2).toPlainString() + ", boilerplate events " + boilerplate
                + (exhaustive ? exhaustiveTail() : "");
    }

    private String exhaustiveTail() {
        return "; exhaustive: precision " + rounded(precision(), 2).toPlainString() + ", core recall "
                + rounded(coreRecall(), 2).toPlainString() + ", F1 "
                + rounded(f1(), 2).toPlainString();
    }

    /**
     * {@code x} rounded as Python's {@code round(x, places)} and {@code format(x, ".2f")} do: the
     * exact binary value, ties to even (Java's {@code %.2f} rounds 0.125 up, Python down).
     */
    public static BigDecimal rounded(double x, int places) {
        return new BigDecimal(x).setScale(places, RoundingMode.HALF_EVEN);
    }

    /**
     * {@code round(x, 3)} written as Python's {@code json.dumps} writes the float: 0.347, 0.5, 1.0, 0.0.
     */
    public static String pythonRound3(double x) {
        BigDecimal r = rounded(x, 3).stripTrailingZeros();
        return (r.scale() <= 0 ? r.setScale(1) : r).toPlainString();
    }
}
