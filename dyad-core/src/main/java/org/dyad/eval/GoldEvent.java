package org.dyad.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One hand-coded event of a gold file: the sentence it is in (a quoted fragment; empty for any
 * sentence of the article), what it asks of source and target, the accepted CAMEO roots and
 * PLOVER types, and the qualities scored among matched events (when, where, attribution, status).
 *
 * @param id the gold event's id, for people; may be empty
 * @param source what the source must be; empty when the gold asks nothing of it
 * @param symmetric whether either role order is right (the parties acted on each other)
 */
public record GoldEvent(
        String id,
        Level level,
        String fragment,
        Optional<GoldRole> source,
        Optional<GoldRole> target,
        boolean symmetric,
        Optional<Accepted> cameoRoot,
        Optional<Accepted> plover,
        Optional<DateRange> when,
        Optional<Location> where,
        Optional<Accepted> attribution,
        Optional<Accepted> status) {

    /** Whether a good coder must find the event ({@code core}) or it needs more ({@code stretch}). */
    public enum Level {
        CORE,
        STRETCH;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** When the event happened, inclusive, as the gold's {@code when: {from, to}} gives it. */
    public record DateRange(LocalDate from, LocalDate to) {
        public DateRange {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /**
     * Where the event happened: a point with the distance within which a coded place is right
     * ({@code km}, 50 unless given), or else only a country (empty: the coded place has none).
     */
    public record Location(Optional<Point> point, Optional<String> country) {
        public Location {
            Objects.requireNonNull(point, "point");
            Objects.requireNonNull(country, "country");
        }
    }

    /** A point on the earth and how far from it a coded place may be, in kilometres. */
    public record Point(double lat, double lon, double km) {}

    public GoldEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(fragment, "fragment");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(cameoRoot, "cameoRoot");
        Objects.requireNonNull(plover, "plover");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(status, "status");
    }

    /** A core event in a sentence with this fragment asking nothing else yet, to build on with the {@code with} methods. */
    public static GoldEvent core(String id, String fragment) {
        return new GoldEvent(
                id,
                Level.CORE,
                fragment,
                Optional.empty(),
                Optional.empty(),
                false,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /** What the event asks for, for people: {@code cameo_root 18|19; source country=ISR; target patron=IRN}. */
    public String wanted() {
        List<String> parts = new ArrayList<>();
        cameoRoot.ifPresent(a -> parts.add("cameo_root " + a));
        plover.ifPresent(a -> parts.add("plover " + a));
        source.ifPresent(r -> parts.add("source " + r.label()));
        target.ifPresent(r -> parts.add("target " + r.label()));
        if (symmetric) {
            parts.add("symmetric");
        }
        when.ifPresent(w -> parts.add("when " + w.from() + ".." + w.to()));
        where.ifPresent(w -> parts.add("where "
                + w.point()
                        .map(p -> p.lat() + "," + p.lon() + " within " + p.km() + " km")
                        .orElse("country=" + w.country().orElse("null"))));
        attribution.ifPresent(a -> parts.add("attribution " + a));
        status.ifPresent(a -> parts.add("status " + a));
        return parts.isEmpty() ? "any event" : String.join("; ", parts);
    }

    public GoldEvent withLevel(Level l) {
        return new GoldEvent(
                id, l, fragment, source, target, symmetric, cameoRoot, plover, when, where, attribution, status);
    }

    public GoldEvent withRoles(Optional<GoldRole> s, Optional<GoldRole> t, boolean sym) {
        return new GoldEvent(id, level, fragment, s, t, sym, cameoRoot, plover, when, where, attribution, status);
    }

    public GoldEvent withCodes(Optional<Accepted> roots, Optional<Accepted> types) {
        return new GoldEvent(
                id, level, fragment, source, target, symmetric, roots, types, when, where, attribution, status);
    }

    public GoldEvent withQualities(
            Optional<DateRange> w, Optional<Location> l, Optional<Accepted> a, Optional<Accepted> s) {
        return new GoldEvent(id, level, fragment, source, target, symmetric, cameoRoot, plover, w, l, a, s);
    }
}
