package org.dyad.model;

import java.util.Objects;

/**
 * An expected problem met while reading or coding (a bad JSON line, an empty file, an
 * unparseable date): where it happened and why, in one line for the user. Both parts may quote
 * what the user gave, so they are kept with line breaks and controls escaped ({@link OneLine}).
 */
public record Diagnostic(String where, String message) {
    public Diagnostic {
        where = OneLine.of(Objects.requireNonNull(where, "where"));
        message = OneLine.of(Objects.requireNonNull(message, "message"));
    }

    @Override
    public String toString() {
        return where + ": " + message;
    }
}
