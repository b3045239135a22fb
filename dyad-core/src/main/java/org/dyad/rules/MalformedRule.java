package org.dyad.rules;

/** A rule line that cannot be read; the message says why and the reader skips the line. */
final class MalformedRule extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedRule(String message) {
        super(message);
    }
}
