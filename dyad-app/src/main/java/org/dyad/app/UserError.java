package org.dyad.app;

/** A problem with what the user gave (a file, an option value): one line, no stack trace. */
public final class UserError extends RuntimeException {
    private final int exitCode;

    public UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
