package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which stored events a query wants: by source or target actor (a code such as SYRMIL, a code's
 * start such as SYR, or a country), by CAMEO code or its start (19 is every fight), by date (the
 * event's own date, else its article's), at most {@code limit} of them after skipping {@code offset}.
 */
public record EventFilter(
        Optional<String> source,
        Optional<String> target,
        Optional<String> code,
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        int limit,
        long offset) {
    public EventFilter {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit + " is below 1");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset " + offset + " is below 0");
        }
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("--to " + to.get() + " is before --from " + from.get());
        }
    }

    /** The first {@code limit} events that match. */
    public EventFilter(
            Optional<String> source,
            Optional<String> target,
            Optional<String> code,
            Optional<LocalDate> from,
            Optional<LocalDate> to,
            int limit) {
        this(source, target, code, from, to, limit, 0);
    }

    /** The WHERE clause, with a {@code ?} for each value in {@code values}. */
    String where(List<Object> values) {
        List<String> terms = new ArrayList<>();
        source.ifPresent(s -> actor("source", s, terms, values));
        target.ifPresent(t -> actor("target", t, terms, values));
        codeAndDates(code, from, to, terms, values);
        return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }

    /**
     * Adds the terms for a CAMEO code or its start and for the first and last day (the event's
     * own date, else its article's), those given.
     */
    static void codeAndDates(
            Optional<String> code,
            Optional<LocalDate> from,
            Optional<LocalDate> to,
            List<String> terms,
            List<Object> values) {
        code.ifPresent(c -> {
            terms.add("starts_with(cameo, ?)");
            values.add(c);
        });
        from.ifPresent(d -> {
            terms.add("coalesce(when_start, published) >= ?");
            values.add(d);
        });
        to.ifPresent(d -> {
            terms.add("coalesce(when_start, published) <= ?");
            values.add(d);
        });
    }

    /** Adds the term for one actor in one role: a code, a code's start or a country. */
    static void actor(String role, String value, List<String> terms, List<Object> values) {
        terms.add("(starts_with(" + role + "_code, ?) OR " + role + "_country = ?)");
        values.add(value);
        values.add(value);
    }
}
