package org.dyad.store;

/**
 * What a panel export wrote and what it left out: {@code rows} dyad-periods of {@code dyads}
 * dyads from {@code events} events; left out, each event under the first reason that applies,
 * {@code withoutActors} events with no source or target actor (or one no dictionary knows,
 * {@code ---}), {@code withoutDate} with neither an event date nor an article date, and, when
 * sides are countries, {@code withoutCountry} with a side that has no country.
 */
public record PanelSummary(
        long rows, long dyads, long events, long withoutActors, long withoutDate, long withoutCountry) {}
