package org.dyad.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An actor that no dictionary knows, counted over the articles of a run: its name, how many
 * mentions it had, the code, country, agent class and kind the recogniser gave its first
 * mention, and that mention's text as an example.
 */
public record UnknownActor(
        String name,
        int count,
        String code,
        Optional<String> country,
        Optional<String> agent,
        ActorKind kind,
        String example) {
    public UnknownActor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(example, "example");
        if (count < 1) {
            throw new IllegalArgumentException("unknown actor '" + name + "' counted " + count + " times");
        }
    }
}
