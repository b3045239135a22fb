package org.dyad.eval;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a gold event asks of one role (source or target): the actor's country, agent class and
 * patron, each a value or list of accepted values; a field not given asks nothing. A role that
 * asks nothing at all still needs an actor in the role: the gold file left out roles it does
 * not care about ({@link GoldEvent#source()} is then empty).
 */
public record GoldRole(Optional<Accepted> country, Optional<Accepted> agent, Optional<Accepted> patron) {

    public GoldRole {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(patron, "patron");
    }

    /** A role asking only for a country, or a list of them. */
    public static GoldRole country(String... countries) {
        return new GoldRole(Optional.of(Accepted.of(countries)), Optional.empty(), Optional.empty());
    }

    /** The role for people: {@code country=SYR agent=MIL patron=IRN}, or {@code an actor}. */
    public String label() {
        String fields = String.join(
                " ",
                Stream.of(
                                country.map(a -> "country=" + a.label()),
                                agent.map(a -> "agent=" + a.label()),
                                patron.map(a -> "patron=" + a.label()))
                        .flatMap(Optional::stream)
                        .toList());
        return fields.isEmpty() ? "an actor" : fields;
    }
}
