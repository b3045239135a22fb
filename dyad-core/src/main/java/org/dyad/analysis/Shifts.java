package org.dyad.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Detects shifts in dyads, in three series per dyad over its periods (ISO weeks by default):
 *
 * <ul>
 *   <li>the tone: the mean Goldstein weight of each period with events (one value whatever its
 *       number of events; periods without events are skipped rather than carried forward, because
 *       a carried value would be invented data that shrinks the noise and makes changes look
 *       surer), through the CUSUM {@link ChangePointDetector};
 *   <li>the rates of material conflict and of cooperation: events of those quad classes per
 *       period, every period from the dyad's first event to its last, those without any as zeros
 *       (no event in a week is data about a rate), through the rate detector
 *       ({@link ChangePointDetector#rates}). This finds a war breaking out, and ending, in a dyad
 *       whose events were too sparse before it for a mean to move.
 * </ul>
 *
 * Each shift names up to {@link #EVIDENCE} events that show it. Immutable and thread-safe.
 */
public final class Shifts {
    /** Events named as the evidence of one shift. */
    public static final int EVIDENCE = 5;

    private final ChangePointDetector tone;
    private final ChangePointDetector rates;
    private final Period period;

    /** Tone shifts by {@code tone}, rate shifts by a rate detector of the same minimum segment, by week. */
    public Shifts(ChangePointDetector tone) {
        this(tone, defaultRates(tone.minSegment()), Period.WEEK);
    }

    public Shifts(ChangePointDetector tone, ChangePointDetector rates, Period period) {
        this.tone = Objects.requireNonNull(tone, "tone");
        this.rates = Objects.requireNonNull(rates, "rates");
        this.period = Objects.requireNonNull(period, "period");
    }

    /**
     * The rate detector the commands use: alpha 0.001, stricter than the tone's 0.01, since every
     * dyad is tested twice more and a false war is worse than a late one; 9,999 shuffles, so that a
     * p-value near alpha is told from it (with 1,999 a true p of 0.0005 comes out 0.001 or 0.0015
     * by the draw) while a series with no change stops after a few shuffles.
     */
    public static ChangePointDetector defaultRates(int minSegment) {
        return ChangePointDetector.rates(minSegment, 9999, 0.001, 20191105L);
    }

    /** The weeks with events of {@code dyad}, in order: the series the tone detector sees by week. */
    public static List<TimelineRow> weeklySeries(Collection<DyadEvent> events, Dyad dyad) {
        return Timeline.of(events, dyad, Period.WEEK).rows().stream()
                .filter(r -> r.total() > 0)
                .toList();
    }

    /** The shifts of one dyad, in time order (tone before rates on one date). */
    public List<Shift> detect(Collection<DyadEvent> events, Dyad dyad) {
        List<DyadEvent> ofDyad = events.stream().filter(dyad::contains).toList();
        List<TimelineRow> rows = Timeline.of(ofDyad, dyad, period).rows();
        List<Shift> shifts = new ArrayList<>(toneShifts(ofDyad, dyad, rows));
        shifts.addAll(rateShifts(ofDyad, dyad, rows, ShiftMeasure.CONFLICT));
        shifts.addAll(rateShifts(ofDyad, dyad, rows, ShiftMeasure.COOPERATION));
        shifts.sort(Comparator.comparing(Shift::around).thenComparing(Shift::measure));
        return shifts;
    }

    private List<Shift> toneShifts(List<DyadEvent> events, Dyad dyad, List<TimelineRow> rows) {
        List<TimelineRow> withEvents = rows.stream().filter(r -> r.total() > 0).toList();
        double[] series = withEvents.stream()
                .mapToDouble(r -> r.meanGoldstein().orElseThrow())
                .toArray();
        List<Shift> out = new ArrayList<>();
        for (ChangePoint change : tone.detect(series)) {
            LocalDate after = withEvents.get(change.index()).start();
            LocalDate end = period.next(after);
            Comparator<DyadEvent> strongest = Comparator.comparingDouble(DyadEvent::goldstein);
            List<String> evidence = events.stream()
                    .filter(e -> !e.date().isBefore(after) && e.date().isBefore(end))
                    .sorted((change.meanAfter() < change.meanBefore() ? strongest : strongest.reversed())
                            .thenComparing(DyadEvent::eventId))
                    .limit(EVIDENCE)
                    .map(DyadEvent::eventId)
                    .toList();
            out.add(shift(
                    dyad, ShiftMeasure.TONE, withEvents.get(change.index() - 1).start(), after, change, evidence));
        }
        return out;
    }

    private List<Shift> rateShifts(List<DyadEvent> events, Dyad dyad, List<TimelineRow> rows, ShiftMeasure measure) {
        double[] series =
                rows.stream().mapToDouble(r -> measure.count(r.counts())).toArray();
        if (rows.size() < 2 * rates.minSegment() || sum(series) < ChangePointDetector.MIN_EVENTS) {
            return List.of();
        }
        List<Shift> out = new ArrayList<>();
        for (ChangePoint change : rates.detect(series)) {
            LocalDate after = rows.get(change.index()).start();
            boolean rose = change.meanAfter() > change.meanBefore();
            Comparator<DyadEvent> byDate = Comparator.comparing(DyadEvent::date).thenComparing(DyadEvent::eventId);
            List<String> evidence = events.stream()
                    .filter(e -> measure.counts(e.quadClass()))
                    .filter(e -> rose != e.date().isBefore(after))
                    .sorted(rose ? byDate : byDate.reversed())
                    .limit(EVIDENCE)
                    .sorted(byDate)
                    .map(DyadEvent::eventId)
                    .toList();
            out.add(shift(dyad, measure, rows.get(change.index() - 1).start(), after, change, evidence));
        }
        return out;
    }

    private Shift shift(
            Dyad dyad,
            ShiftMeasure measure,
            LocalDate lastBefore,
            LocalDate firstAfter,
            ChangePoint change,
            List<String> evidence) {
        return new Shift(
                dyad,
                measure,
                period,
                lastBefore,
                firstAfter,
                change.meanBefore(),
                change.meanAfter(),
                change.confidence(),
                evidence);
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }

    /** The shifts of every dyad with enough events to hold one, surest first, then by dyad and date. */
    public List<Shift> detectAll(Collection<DyadEvent> events, boolean directed) {
        Map<Dyad, List<DyadEvent>> byDyad = new HashMap<>();
        for (DyadEvent event : events) {
            byDyad.computeIfAbsent(Dyad.of(event, directed), d -> new ArrayList<>())
                    .add(event);
        }
        List<Shift> shifts = new ArrayList<>();
        for (Map.Entry<Dyad, List<DyadEvent>> dyad : byDyad.entrySet()) {
            if (dyad.getValue().size() >= Math.min(2 * tone.minSegment(), ChangePointDetector.MIN_EVENTS)) {
                shifts.addAll(detect(dyad.getValue(), dyad.getKey()));
            }
        }
        shifts.sort(Comparator.comparingDouble(Shift::confidence)
                .reversed()
                .thenComparing(s -> s.dyad().label())
                .thenComparing(Shift::around)
                .thenComparing(Shift::measure));
        return shifts;
    }
}
