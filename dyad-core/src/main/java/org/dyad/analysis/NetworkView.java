package org.dyad.analysis;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A part of a {@link SignedNetwork} small enough to draw: a network of hundreds of actors and
 * thousands of ties drawn whole is a hairball. It keeps how many actors and ties the whole
 * network has, so a reader can say what is shown of what.
 */
public record NetworkView(List<NetworkNode> nodes, List<NetworkEdge> edges, int totalNodes, int totalEdges) {

    /** The most active first; on a tie, by code, so the same network always gives the same view. */
    private static final Comparator<NetworkNode> BUSIEST =
            Comparator.comparingInt(NetworkNode::events).reversed().thenComparing(NetworkNode::actor);

    public NetworkView {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** The whole network. */
    public static NetworkView whole(SignedNetwork network) {
        return new NetworkView(
                network.nodes(),
                network.edges(),
                network.nodes().size(),
                network.edges().size());
    }

    /**
     * The {@code top} actors with the most events (ties broken by code), busiest first, and the
     * ties between two of them that have at least {@code minEvents} events. An actor kept may
     * have no tie left, and is still shown: it is among the most active.
     */
    public static NetworkView strongest(SignedNetwork network, int top, int minEvents) {
        if (top < 1 || minEvents < 1) {
            throw new IllegalArgumentException("top " + top + " and minimum " + minEvents + " must be at least 1");
        }
        List<NetworkNode> kept =
                network.nodes().stream().sorted(BUSIEST).limit(top).toList();
        Set<String> actors = new HashSet<>();
        kept.forEach(n -> actors.add(n.actor()));
        List<NetworkEdge> ties = network.edges().stream()
                .filter(e -> e.count() >= minEvents && actors.contains(e.a()) && actors.contains(e.b()))
                .toList();
        return new NetworkView(
                kept, ties, network.nodes().size(), network.edges().size());
    }

    /**
     * {@code actor}, the actors it has a tie with and those ties, however weak: at most the
     * {@code max} strongest ties (most events, then by the other actor's code). Empty when the
     * actor is not in the network.
     */
    public static Optional<NetworkView> around(SignedNetwork network, String actor, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max " + max + " must be at least 1");
        }
        Optional<NetworkNode> centre =
                network.nodes().stream().filter(n -> n.actor().equals(actor)).findFirst();
        if (centre.isEmpty()) {
            return Optional.empty();
        }
        List<NetworkEdge> ties = network.edges().stream()
                .filter(e -> e.a().equals(actor) || e.b().equals(actor))
                .sorted(Comparator.comparingInt(NetworkEdge::count).reversed().thenComparing(e -> e.other(actor)))
                .limit(max)
                .toList();
        Set<String> others = new HashSet<>();
        ties.forEach(e -> others.add(e.other(actor)));
        List<NetworkNode> nodes = network.nodes().stream()
                .filter(n -> n.actor().equals(actor) || others.contains(n.actor()))
                .sorted(BUSIEST)
                .toList();
        return Optional.of(new NetworkView(
                nodes, ties, network.nodes().size(), network.edges().size()));
    }
}
