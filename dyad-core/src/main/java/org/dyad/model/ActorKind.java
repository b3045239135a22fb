package org.dyad.model;

import java.util.Locale;

/** What sort of thing an actor is, as the contract's {@code kind} field names it. */
public enum ActorKind {
    STATE,
    PERSON,
    ORGANIZATION,
    GROUP;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
