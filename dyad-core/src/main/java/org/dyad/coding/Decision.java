package org.dyad.coding;

import java.util.Locale;
import java.util.Objects;

/** Why one verb of a sentence did or did not become an event, for {@code dyad explain}. */
public record Decision(int token, String word, Outcome outcome, String detail) {

    /** The possible fates of a verb. */
    public enum Outcome {
        EVENT,
        NO_ENTRY,
        NULL_CODE,
        NO_ACTORS,
        EMBEDDED,
        STATEMENT,
        NOT_POLITICAL,
        FOLDED,
        UNKNOWN_CODE;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    public Decision {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
    }
}
