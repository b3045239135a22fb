package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which stored events the map counts: those of one actor (as source or target) or of a pair (in
 * either direction), actors matched as {@link EventFilter} matches them; of one quad class; of a
 * CAMEO code or its start (19 is every fight); dated (the event's own date, else its article's)
 * from and to.
 */
public record PlaceFilter(
        Optional<String> a,
        Optional<String> b,
        Optional<Integer> quadClass,
        Optional<String> code,
        Optional<LocalDate> from,
        Optional<LocalDate> to) {
    public PlaceFilter {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(quadClass, "quadClass");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        quadClass.ifPresent(q -> {
            if (q < 1 || q > 4) {
                throw new IllegalArgumentException("quad class " + q + " is not 1-4");
            }
        });
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("to " + to.get() + " is before from " + from.get());
        }
    }

    /** Every event. */
    public static PlaceFilter all() {
        return new PlaceFilter(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /** The conditions joined by AND, with a {@code ?} for each value in {@code values}; "TRUE" when none. */
    String conditions(List<Object> values) {
        List<String> terms = new ArrayList<>();
        List<String> actors = new ArrayList<>();
        a.ifPresent(actors::add);
        b.ifPresent(actors::add);
        if (actors.size() == 1) {
            List<String> either = new ArrayList<>();
            EventFilter.actor("source", actors.get(0), either, values);
            EventFilter.actor("target", actors.get(0), either, values);
            terms.add("(" + String.join(" OR ", either) + ")");
        } else if (actors.size() == 2) {
            List<String> pair = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                List<String> way = new ArrayList<>();
                EventFilter.actor("source", actors.get(i), way, values);
                EventFilter.actor("target", actors.get(1 - i), way, values);
                pair.add("(" + String.join(" AND ", way) + ")");
            }
            terms.add("(" + String.join(" OR ", pair) + ")");
        }
        quadClass.ifPresent(q -> {
            terms.add("quad_class = ?");
            values.add(q);
        });
        EventFilter.codeAndDates(code, from, to, terms, values);
        return terms.isEmpty() ? "TRUE" : String.join(" AND ", terms);
    }
}
