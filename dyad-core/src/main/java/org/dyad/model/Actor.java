package org.dyad.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who an actor is, independent of where it is mentioned: a display name, its CAMEO-style code
 * (e.g. "IRNMIL", "IGOUNO"), ISO 3166-1 alpha-3 country, CAMEO agent class, patron state and kind.
 */
public record Actor(
        String name,
        String code,
        Optional<String> country,
        Optional<String> agent,
        Optional<String> patron,
        ActorKind kind) {

    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(patron, "patron");
        Objects.requireNonNull(kind, "kind");
        if (code.isBlank()) {
            throw new IllegalArgumentException("actor code is blank for '" + name + "'");
        }
    }

    public Actor withPatron(String patronCountry) {
        return new Actor(name, code, country, agent, Optional.of(patronCountry), kind);
    }
}
