package org.dyad.imports;

/** A row of an input file that cannot be read as an event: the message says why, in a few words. */
final class MalformedRow extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedRow(String why) {
        super(why, null, false, false);
    }
}
