package org.dyad.analysis;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.dyad.analysis.internal.Tally;

/**
 * A signed weighted network of actors: one node per actor, one undirected edge per pair of
 * actors with events between them in a date range. An edge's sign is the sign of its mean
 * Goldstein weight (+ cooperation, - conflict); an edge whose mean is zero (within 1e-9, so
 * rounding does not decide) is kept with sign 0 as neutral, so exports show every pair that
 * interacted, and {@link StructuralBalance} leaves it out. Events of an actor with itself
 * (e.g. clashes between two SYRMIL units) are left out entirely, since a loop has no place in
 * a triad; so a node's event count is the sum of the counts of its edges.
 */
public record SignedNetwork(List<NetworkNode> nodes, List<NetworkEdge> edges, Weighting weighting) {

    /** What an edge's weight measures. */
    public enum Weighting {
        /** |sum of Goldstein weights|: intensity, so many strong events outweigh a few mild ones; neutral edges weigh 0. */
        GOLDSTEIN,
        /** the number of events: activity, whatever their tone. */
        COUNT
    }

    private static final double ZERO = 1e-9;

    public SignedNetwork {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        Objects.requireNonNull(weighting, "weighting");
    }

    /** The network of {@code events} dated within {@code range}; nodes and edges sorted by actor codes. */
    public static SignedNetwork of(Collection<DyadEvent> events, DateRange range, Weighting weighting) {
        Map<Dyad, Tally> pairs = new TreeMap<>(Comparator.comparing(Dyad::first).thenComparing(Dyad::second));
        Map<String, Integer> nodeEvents = new TreeMap<>();
        for (DyadEvent event : events) {
            if (!range.contains(event.date()) || event.source().equals(event.target())) {
                continue;
            }
            pairs.computeIfAbsent(Dyad.of(event, false), d -> new Tally()).add(event);
            nodeEvents.merge(event.source(), 1, Integer::sum);
            nodeEvents.merge(event.target(), 1, Integer::sum);
        }
        List<NetworkNode> nodes = nodeEvents.entrySet().stream()
                .map(e -> new NetworkNode(e.getKey(), e.getValue()))
                .toList();
        List<NetworkEdge> edges = pairs.entrySet().stream()
                .map(e -> edge(e.getKey(), e.getValue(), weighting))
                .toList();
        return new SignedNetwork(nodes, edges, weighting);
    }

    /** The edge between two actors, in either order. */
    public Optional<NetworkEdge> edge(String x, String y) {
        Dyad key = Dyad.of(x, y, false);
        return edges.stream()
                .filter(e -> e.a().equals(key.first()) && e.b().equals(key.second()))
                .findFirst();
    }

    private static NetworkEdge edge(Dyad pair, Tally tally, Weighting weighting) {
        double sum = tally.goldsteinSum();
        int count = tally.total();
        int sign = Math.abs(sum / count) < ZERO ? 0 : (int) Math.signum(sum);
        double weight = switch (weighting) {
            case GOLDSTEIN -> sign == 0 ? 0 : Math.abs(sum);
            case COUNT -> count;
        };
        return new NetworkEdge(pair.first(), pair.second(), count, sum, sign, weight);
    }
}
