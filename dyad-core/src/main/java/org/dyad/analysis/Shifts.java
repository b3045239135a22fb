package org.dyad.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Detects shifts in the tone of dyads: for each dyad the series of weekly mean Goldstein
 * weights (ISO weeks; each week with events is one value whatever its number of events, and
 * weeks without events are skipped rather than carried forward, because a carried value would
 * be invented data that shrinks the noise and makes changes look surer) goes through a
 * {@link ChangePointDetector}. Immutable and thread-safe.
 */
public final class Shifts {

    private final ChangePointDetector detector;

    public Shifts(ChangePointDetector detector) {
        this.detector = Objects.requireNonNull(detector, "detector");
    }

    /** The weeks with events of {@code dyad}, in order: the series the detector sees. */
    public static List<TimelineRow> weeklySeries(Collection<DyadEvent> events, Dyad dyad) {
        return Timeline.of(events, dyad, Period.WEEK).rows().stream()
                .filter(r -> r.total() > 0)
                .toList();
    }

    /** The shifts of one dyad, in time order. */
    public List<Shift> detect(Collection<DyadEvent> events, Dyad dyad) {
        List<TimelineRow> weeks = weeklySeries(events, dyad);
        double[] series =
                weeks.stream().mapToDouble(r -> r.meanGoldstein().orElseThrow()).toArray();
        List<Shift> shifts = new ArrayList<>();
        for (ChangePoint change : detector.detect(series)) {
            shifts.add(new Shift(
                    dyad,
                    weeks.get(change.index() - 1).start(),
                    weeks.get(change.index()).start(),
                    change.meanBefore(),
                    change.meanAfter(),
                    change.confidence()));
        }
        return shifts;
    }

    /**
     * The shifts of every dyad with enough weeks of events to hold a change (twice the minimum
     * segment length), surest first, then by dyad and date.
     */
    public List<Shift> detectAll(Collection<DyadEvent> events, boolean directed) {
        Map<Dyad, List<DyadEvent>> byDyad = new HashMap<>();
        for (DyadEvent event : events) {
            byDyad.computeIfAbsent(Dyad.of(event, directed), d -> new ArrayList<>())
                    .add(event);
        }
        List<Shift> shifts = new ArrayList<>();
        for (Map.Entry<Dyad, List<DyadEvent>> dyad : byDyad.entrySet()) {
            if (dyad.getValue().size() >= 2 * detector.minSegment()) {
                shifts.addAll(detect(dyad.getValue(), dyad.getKey()));
            }
        }
        shifts.sort(Comparator.comparingDouble(Shift::confidence)
                .reversed()
                .thenComparing(s -> s.dyad().label())
                .thenComparing(Shift::around));
        return shifts;
    }
}
