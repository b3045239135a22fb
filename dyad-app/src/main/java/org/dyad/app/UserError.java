package org.dyad.app;

/** A problem with what the user gave (a file, an option value): one line, no stack trace. */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** {@code value}, given for {@code option}, if it is at least 1; else a usage error naming both. */
    static int atLeastOne(String option, int value) {
        if (value < 1) {
            throw new UserError(option + " must be at least 1, not " + value, ExitCode.USAGE);
        }
        return value;
    }

    public int exitCode() {
        return exitCode;
    }
}
