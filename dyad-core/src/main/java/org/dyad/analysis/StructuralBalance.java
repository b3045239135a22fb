package org.dyad.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Structural balance (Heider; Cartwright and Harary) over a signed network: every triad of
 * actors joined pairwise by edges with a sign (neutral edges, sign 0, do not count) is balanced
 * when the product of its three signs is positive, as in "the enemy of my friend is my enemy":
 * ISR+RUS, RUS-IRN, ISR-IRN. The weighted share sums triad weights ({@link Triad#weight()}, the
 * smallest edge weight) instead of counting triads.
 */
public final class StructuralBalance {

    private StructuralBalance() {}

    public static BalanceReport of(SignedNetwork network) {
        List<Triad> triads = triads(network);
        int balanced = 0;
        double weight = 0;
        double balancedWeight = 0;
        List<Triad> unbalanced = new ArrayList<>();
        for (Triad triad : triads) {
            weight += triad.weight();
            if (triad.balanced()) {
                balanced++;
                balancedWeight += triad.weight();
            } else {
                unbalanced.add(triad);
            }
        }
        unbalanced.sort(Comparator.comparingDouble(Triad::weight).reversed().thenComparing(Triad::label));
        OptionalDouble share =
                triads.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(balanced / (double) triads.size());
        // Signed edges weigh more than zero under either weighting, so the total is zero only without triads.
        OptionalDouble weighted = weight > 0 ? OptionalDouble.of(balancedWeight / weight) : share;
        return new BalanceReport(triads.size(), balanced, share, weighted, unbalanced);
    }

    /** Every triad with three signed edges, in order of its actors. */
    public static List<Triad> triads(SignedNetwork network) {
        Map<String, Map<String, NetworkEdge>> adjacent = new TreeMap<>();
        for (NetworkEdge edge : network.edges()) {
            if (edge.sign() != 0) {
                adjacent.computeIfAbsent(edge.a(), k -> new TreeMap<>()).put(edge.b(), edge);
                adjacent.computeIfAbsent(edge.b(), k -> new TreeMap<>()).put(edge.a(), edge);
            }
        }
        List<Triad> triads = new ArrayList<>();
        for (Map.Entry<String, Map<String, NetworkEdge>> entry : adjacent.entrySet()) {
            String a = entry.getKey();
            // Only neighbours after a, and c after b, so each triad is found once, from its first actor.
            TreeSet<String> later = new TreeSet<>(entry.getValue().keySet().stream()
                    .filter(n -> n.compareTo(a) > 0)
                    .toList());
            for (String b : later) {
                for (String c : later.tailSet(b, false)) {
                    NetworkEdge bc = adjacent.get(b).get(c);
                    if (bc != null) {
                        NetworkEdge ab = entry.getValue().get(b);
                        NetworkEdge ac = entry.getValue().get(c);
                        double weight = Math.min(ab.weight(), Math.min(bc.weight(), ac.weight()));
                        triads.add(new Triad(a, b, c, ab.sign(), bc.sign(), ac.sign(), weight));
                    }
                }
            }
        }
        return triads;
    }
}
