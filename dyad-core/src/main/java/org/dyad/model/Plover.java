package org.dyad.model;

import java.util.Objects;
import java.util.Optional;

/** A PLOVER event type (e.g. ASSAULT) and, where the code says, its mode (e.g. "aerial"). */
public record Plover(String type, Optional<String> mode) {
    public Plover {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mode, "mode");
    }
}
