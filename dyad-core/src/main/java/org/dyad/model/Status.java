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

    /**
     * Whether the text says the event took place: stated, reported, alleged or in the background.
     * Intended, future and hypothetical events ("if Russia attacks", "will meet") did not, yet;
     * counting them in a timeline would turn threats of war into war.
     */
    public boolean tookPlace() {
        return this == ASSERTED || this == REPORTED || this == ALLEGED || this == HISTORICAL;
    }

    /**
     * Whether an event with this {@code status} (its wire name; blank for records that have none)
     * and {@code negated} took place, as {@link #tookPlace()} says and not denied.
     */
    public static boolean tookPlace(String status, boolean negated) {
        if (negated) {
            return false;
        }
        if (status == null || status.isBlank()) {
            return true;
        }
        for (Status s : values()) {
            if (s.wireName().equals(status)) {
                return s.tookPlace();
            }
        }
        return true;
    }

    /** The wire names of the statuses that took place, for a query: 'asserted', 'reported', ... */
    public static String tookPlaceList() {
        StringBuilder out = new StringBuilder();
        for (Status s : values()) {
            if (s.tookPlace()) {
                out.append(out.length() == 0 ? "" : ", ")
                        .append('\'')
                        .append(s.wireName())
                        .append('\'');
            }
        }
        return out.toString();
    }
}
