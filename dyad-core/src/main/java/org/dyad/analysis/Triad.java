package org.dyad.analysis;

import java.util.Objects;

/**
 * Three actors (alphabetical order) with a signed edge between each two: the signs of a-b, b-c
 * and a-c, and the triad's weight, the smallest of its three edge weights (a triad is only as
 * strong as its weakest tie, and unlike a product this stays on the edges' own scale).
 */
public record Triad(String a, String b, String c, int signAb, int signBc, int signAc, double weight) {

    public Triad {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(c, "c");
        if (a.compareTo(b) >= 0 || b.compareTo(c) >= 0) {
            throw new IllegalArgumentException("triad " + a + "," + b + "," + c + " is not three actors in order");
        }
        for (int sign : new int[] {signAb, signBc, signAc}) {
            if (sign != 1 && sign != -1) {
                throw new IllegalArgumentException("triad " + a + "," + b + "," + c + " has an unsigned edge");
            }
        }
    }

    /** Balanced when the product of the signs is positive: three friendly ties, or one friendly tie whose ends share an enemy. */
    public boolean balanced() {
        return signAb * signBc * signAc > 0;
    }

    /** The three ties with their signs, e.g. "IRN-ISR IRN-RUS ISR+RUS". */
    public String label() {
        return a + sign(signAb) + b + " " + b + sign(signBc) + c + " " + a + sign(signAc) + c;
    }

    private static String sign(int sign) {
        return sign > 0 ? "+" : "-";
    }
}
