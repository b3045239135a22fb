package org.dyad.model;

import java.util.Locale;

/** How the text presents an event, as the contract's {@code status} field names it. */
public enum Status {
    ASSERTED,
    REPORTED,
    ALLEGED,
    INTENDED,
    FUTURE,
    HYPOTHETICAL,
    HISTORICAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
