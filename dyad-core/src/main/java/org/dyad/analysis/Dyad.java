package org.dyad.analysis;

import java.util.Objects;

/**
 * A pair of actor codes. Undirected dyads keep their codes in alphabetical order, so
 * {@code Dyad.of("RUS", "ISR", false)} equals {@code Dyad.of("ISR", "RUS", false)} and counts
 * events in both directions; a directed dyad counts only events from {@code first} to
 * {@code second}.
 */
public record Dyad(String first, String second, boolean directed) {

    public Dyad {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (!directed && first.compareTo(second) > 0) {
            throw new IllegalArgumentException(
                    "undirected dyad " + first + "-" + second + " is not in alphabetical order; use Dyad.of");
        }
    }

    public static Dyad of(String a, String b, boolean directed) {
        return directed || a.compareTo(b) <= 0 ? new Dyad(a, b, directed) : new Dyad(b, a, false);
    }

    /** The dyad an event belongs to. */
    public static Dyad of(DyadEvent event, boolean directed) {
        return of(event.source(), event.target(), directed);
    }

    public boolean contains(DyadEvent event) {
        return equals(of(event, directed));
    }

    /** "ISR-RUS" for undirected dyads, "ISR->RUS" for directed ones. */
    public String label() {
        return first + (directed ? "->" : "-") + second;
    }
}
