package org.dyad.app;

import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For a test class that runs the command line in this JVM: neither standard output nor standard
 * error counts as a terminal (machine-readable output, no progress bars) while its tests run,
 * and the flags are put back as they were after them.
 */
public final class NoTerminal implements BeforeAllCallback, AfterAllCallback {
    private static final String[] FLAGS = {"dyad.tty.out", "dyad.tty.err"};
    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(NoTerminal.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        for (String flag : FLAGS) {
            context.getStore(HERE).put(flag, Optional.ofNullable(System.setProperty(flag, "false")));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        for (String flag : FLAGS) {
            restore(
                    flag,
                    ((Optional<?>) context.getStore(HERE).get(flag, Optional.class))
                            .map(String::valueOf)
                            .orElse(null));
        }
    }

    /** Sets {@code property} back to {@code value}; null: it was not set. */
    static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }
}
