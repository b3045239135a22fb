package org.dyad.model;

import java.util.Objects;

/**
 * An expected problem met while reading or coding (a bad JSON line, an empty file, an
 * unparseable date): where it happened and why, in one line for the user.
 */
public record Diagnostic(String where, String message) {
    public Diagnostic {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return where + ": " + message;
    }
}
