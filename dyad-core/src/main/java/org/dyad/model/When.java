package org.dyad.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When an event happened: the time expression (if the text has one), a date range, its
 * granularity (day, month, year, ...) and the basis it was resolved on.
 */
public record When(
        Optional<String> text, Optional<LocalDate> start, Optional<LocalDate> end, String granularity, Basis basis) {

    /** How the date was found, as the contract's {@code when.basis} names it. */
    public enum Basis {
        EXPLICIT,
        RELATIVE,
        ARTICLE,
        UNRESOLVED
    }

    public When {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(basis, "basis");
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            throw new IllegalArgumentException("when end " + end.get() + " before start " + start.get());
        }
    }

    /** The article's own date, for events the text does not date. */
    public static When ofArticle(Optional<LocalDate> published) {
        return published
                .map(d -> new When(Optional.empty(), Optional.of(d), Optional.of(d), "day", Basis.ARTICLE))
                .orElseGet(
                        () -> new When(Optional.empty(), Optional.empty(), Optional.empty(), "none", Basis.UNRESOLVED));
    }
}
