package org.dyad.analysis;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.analysis.internal.Tally;

/**
 * Ranks dyads by activity: the pairs of actors with the most events, as unordered pairs (both
 * directions together) or directed ones. Ties are broken by the dyad's label so the ranking is
 * the same on every run.
 */
public final class Dyads {

    private Dyads() {}

    /** The {@code n} most active dyads, most events first. */
    public static List<DyadActivity> top(Collection<DyadEvent> events, int n, boolean directed) {
        if (n < 0) {
            throw new IllegalArgumentException("top " + n + " is negative");
        }
        return all(events, directed).stream().limit(n).toList();
    }

    /** Every dyad with at least one event, most events first. */
    public static List<DyadActivity> all(Collection<DyadEvent> events, boolean directed) {
        Map<Dyad, Tally> tallies = new HashMap<>();
        for (DyadEvent event : events) {
            tallies.computeIfAbsent(Dyad.of(event, directed), d -> new Tally()).add(event);
        }
        return tallies.entrySet().stream()
                .map(e -> new DyadActivity(
                        e.getKey(),
                        e.getValue().counts(),
                        e.getValue().meanGoldstein().orElseThrow()))
                .sorted(Comparator.comparingInt(DyadActivity::total)
                        .reversed()
                        .thenComparing(a -> a.dyad().label()))
                .toList();
    }
}
