package org.dyad.model;

import java.util.Objects;
import java.util.Optional;

/** One link of the chain of sources an event is reported through, outermost first. */
public record Attribution(String text, String kind, Optional<String> code, Optional<String> country) {
    public Attribution {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(country, "country");
    }
}
