package org.dyad.analysis;

import java.util.Objects;

/**
 * An undirected edge of a signed network between actors {@code a} and {@code b} (alphabetical
 * order): how many events link them, the sum of their Goldstein weights, the sign of that sum
 * (+1 cooperative, -1 conflictual, 0 neutral) and the weight the network's
 * {@link SignedNetwork.Weighting} gives it.
 */
public record NetworkEdge(String a, String b, int count, double goldsteinSum, int sign, double weight) {

    public NetworkEdge {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.compareTo(b) >= 0) {
            throw new IllegalArgumentException("edge " + a + "-" + b + " is a loop or not in alphabetical order");
        }
        if (count < 1) {
            throw new IllegalArgumentException("edge " + a + "-" + b + " has " + count + " events");
        }
        if (sign < -1 || sign > 1) {
            throw new IllegalArgumentException("edge " + a + "-" + b + " has sign " + sign);
        }
        if (weight < 0) {
            throw new IllegalArgumentException("edge " + a + "-" + b + " has negative weight " + weight);
        }
    }

    public double meanGoldstein() {
        return goldsteinSum / count;
    }

    /** The actor at the other end from {@code actor}. */
    public String other(String actor) {
        return actor.equals(a) ? b : a;
    }

    /** "+", "-" or "0". */
    public String signSymbol() {
        return sign > 0 ? "+" : sign < 0 ? "-" : "0";
    }
}
