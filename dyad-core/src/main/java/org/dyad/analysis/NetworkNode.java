package org.dyad.analysis;

import java.util.Objects;

/** An actor in a signed network, with the number of network events it takes part in. */
public record NetworkNode(String actor, int events) {

    public NetworkNode {
        Objects.requireNonNull(actor, "actor");
        if (events < 1) {
            throw new IllegalArgumentException("actor " + actor + " has " + events + " events");
        }
    }
}
