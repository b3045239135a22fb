package org.dyad.coding.cameo.internal;

/**
 * Why one dictionary line cannot be read. Thrown only inside the readers, which turn it into a
 * diagnostic and skip the line, so it never reaches callers.
 */
public final class MalformedLineException extends Exception {
    private static final long serialVersionUID = 1L;

    public MalformedLineException(String why) {
        super(why, null, false, false);
    }
}
