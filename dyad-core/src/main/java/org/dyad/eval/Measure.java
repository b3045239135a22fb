package org.dyad.eval;

import java.util.Locale;

/** What the score counts, in the order the summary line names them: recall by level, then qualities of matched events. */
public enum Measure {
    CORE,
    STRETCH,
    WHEN,
    WHERE,
    ATTRIBUTION,
    STATUS;

    /** The name in the summary line and the JSON ({@code core}, {@code when}, ...). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The measure counting gold events of this level. */
    public static Measure of(GoldEvent.Level level) {
        return level == GoldEvent.Level.CORE ? CORE : STRETCH;
    }
}
