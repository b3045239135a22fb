package org.dyad.coding.cameo.internal;

import java.util.Optional;

/**
 * A line with one bracketed part taken out: what was inside (if there was a part) and the rest
 * of the line with the part removed.
 */
record Bracketed(Optional<String> inside, String rest) {

    /** Takes out the first {@code open...close} part; a lone or repeated bracket is malformed. */
    static Bracketed extract(String text, char open, char close) throws MalformedLineException {
        int start = text.indexOf(open);
        int end = text.indexOf(close);
        if (start < 0 && end < 0) {
            return new Bracketed(Optional.empty(), text);
        }
        if (start < 0 || end < start) {
            throw new MalformedLineException("unbalanced " + open + close + " in '" + text.strip() + "'");
        }
        String rest = text.substring(0, start) + " " + text.substring(end + 1);
        if (rest.indexOf(open) >= 0 || rest.indexOf(close) >= 0) {
            throw new MalformedLineException("more than one " + open + "..." + close + " in '" + text.strip() + "'");
        }
        return new Bracketed(Optional.of(text.substring(start + 1, end)), rest);
    }
}
