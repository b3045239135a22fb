package org.dyad.coding.patterns;

/** A line of a user's pattern file that cannot be read; its message says why, for a diagnostic. */
final class MalformedPatternLine extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedPatternLine(String why) {
        super(why, null, false, false); // an expected problem, reported as "file:line: why": no stack trace
    }
}
