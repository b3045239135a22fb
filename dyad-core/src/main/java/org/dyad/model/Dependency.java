package org.dyad.model;

import java.util.Objects;

/**
 * One Universal Dependencies arc: token {@code dependent} hangs from token {@code head} by
 * {@code relation} (e.g. "nsubj", "obl:against"). The root has head -1 and relation "root".
 */
public record Dependency(int head, int dependent, String relation) {
    public static final int ROOT = -1;

    public Dependency {
        if (head < ROOT) {
            throw new IllegalArgumentException("dependency head " + head + " is below the root");
        }
        if (dependent < 0) {
            throw new IllegalArgumentException("dependent " + dependent + " is negative");
        }
        if (head == dependent) {
            throw new IllegalArgumentException("token " + dependent + " depends on itself");
        }
        Objects.requireNonNull(relation, "relation");
    }

    /** The relation without its subtype: "obl" for "obl:against". */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
