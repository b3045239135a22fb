package org.dyad.rules;

import java.util.List;
import java.util.Locale;

/**
 * The values a condition accepts: words, {@code @class} references to named word classes, and
 * {@code -} for "none" (a token with no case marker).
 */
record Values(List<String> literals, List<String> classes, boolean none) {
    Values {
        literals = literals.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
        classes = List.copyOf(classes);
    }

    /** Whether {@code value} (compared in lower case; empty for "none") is among these values. */
    boolean accepts(String value, WordClasses wordClasses) {
        if (value.isEmpty()) {
            return none;
        }
        String v = value.toLowerCase(Locale.ROOT);
        if (literals.contains(v)) {
            return true;
        }
        for (String c : classes) {
            if (wordClasses.contains(c, v)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(String.join("|", literals));
        classes.forEach(c -> out.append(out.length() > 0 ? "|@" : "@").append(c));
        if (none) {
            out.append(out.length() > 0 ? "|-" : "-");
        }
        return out.toString();
    }
}
