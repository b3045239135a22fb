package org.dyad.app;

/** What the {@code dyad} command's exit status means; the README lists the same table. */
public final class ExitCode {
    /** Work done; some inputs may have been skipped with a message. */
    public static final int OK = 0;
    /** A bug in dyad: please report it. */
    public static final int INTERNAL = 1;
    /** The command line itself was wrong. */
    public static final int USAGE = 2;
    /** Nothing usable was given: every input was missing, empty, binary or malformed. */
    public static final int NO_INPUT = 3;

    /** The store could not be opened, read or written, or a query on it failed. */
    public static final int STORE = 4;

    private ExitCode() {}
}
