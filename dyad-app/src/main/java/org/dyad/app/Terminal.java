package org.dyad.app;

/**
 * Whether standard output and standard error are terminals. The launcher script knows and
 * passes it as system properties; without them, Java's console check stands in for both.
 */
public final class Terminal {
    private Terminal() {}

    public static boolean stdoutIsTerminal() {
        return flag("dyad.tty.out");
    }

    public static boolean stderrIsTerminal() {
        return flag("dyad.tty.err");
    }

    private static boolean flag(String property) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            return System.console() != null;
        }
        return v.equals("true") || v.equals("1");
    }
}
