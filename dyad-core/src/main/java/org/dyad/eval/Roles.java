package org.dyad.eval;

import java.util.Locale;
import java.util.Optional;

/**
 * How much of a gold event's roles the scorer checks, as {@code score_events.py --roles} sets it:
 * all of it, only the countries, or nothing (the event type alone decides). Looser settings tell
 * how many misses come from actor coding rather than from the event's type.
 */
public enum Roles {
    /** Country, agent and patron must agree, where the gold gives them. */
    FULL,
    /** Only the countries must agree: the gold's agents and patrons are ignored. */
    COUNTRY,
    /** Roles are ignored altogether, and so is whether the coded event has an actor in them. */
    NONE;

    /**
     * What is left of {@code gold} to check: the script drops the other fields of a role in
     * {@code country} mode, and a role left with nothing to ask lets any actor, or none, pass.
     */
    public Optional<GoldRole> asked(Optional<GoldRole> gold) {
        return switch (this) {
            case FULL -> gold;
            case COUNTRY ->
                gold.flatMap(GoldRole::country)
                        .map(c -> new GoldRole(Optional.of(c), Optional.empty(), Optional.empty()));
            case NONE -> Optional.empty();
        };
    }

    /** The name on the command line and in the script: {@code full}, {@code country}, {@code none}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
