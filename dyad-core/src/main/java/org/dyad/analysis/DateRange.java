package org.dyad.analysis;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** An inclusive range of dates, open at either end when that end is empty. */
public record DateRange(Optional<LocalDate> from, Optional<LocalDate> to) {

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("date range ends " + to.get() + " before it starts " + from.get());
        }
    }

    public static DateRange all() {
        return new DateRange(Optional.empty(), Optional.empty());
    }

    public static DateRange between(LocalDate from, LocalDate to) {
        return new DateRange(Optional.of(from), Optional.of(to));
    }

    public boolean contains(LocalDate date) {
        return from.map(f -> !date.isBefore(f)).orElse(true)
                && to.map(t -> !date.isAfter(t)).orElse(true);
    }
}
