package org.dyad.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One source of events in a store: its name ({@value SourceQueries#OWN} for dyad's own), how many
 * events it holds and the first and last of their dates (empty when none is dated).
 */
public record SourceSummary(String name, long events, Optional<LocalDate> first, Optional<LocalDate> last) {
    public SourceSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (events < 0) {
            throw new IllegalArgumentException("source " + name + " has " + events + " events");
        }
    }
}
