package org.dyad.actors.internal;

/**
 * A dictionary line (or part of one) that cannot be read; readers catch it and turn its
 * message into a "file:line: why" diagnostic, so it never leaves a reader.
 */
public final class MalformedLineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MalformedLineException(String why) {
        super(why, null, false, false);
    }
}
