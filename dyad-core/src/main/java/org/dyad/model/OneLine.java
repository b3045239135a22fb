package org.dyad.model;

import java.util.Collection;
import java.util.List;

/**
 * The escaping that keeps a diagnostic or an error message on one line whatever user text it
 * quotes: every control character (C0, DEL and C1, so also {@code \t}, {@code \n}, {@code \r},
 * U+0085), the line and paragraph separators U+2028 and U+2029, the bidirectional controls
 * (U+061C, U+200E, U+200F, U+202A..U+202E, U+2066..U+2069) and U+FEFF become visible escapes
 * ({@code \n}, {@code \r}, {@code \t}, else {@code \}{@code uXXXX}); every other character, of any
 * script, emoji included, is left as it is.
 *
 * <p>A backslash is not escaped, so {@link #of} is idempotent: escaping a message twice, once
 * where it is made and once where it is shown, changes nothing. The price is that a literal
 * {@code \n} typed by the user reads like an escaped line break; for a message to a person that
 * is fine, and the line number it names leads to the real text.
 */
public final class OneLine {
    private OneLine() {}

    /** {@code text} with the characters that could break or reorder a line escaped. */
    public static String of(String text) {
        int first = firstToEscape(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!needsEscape(c)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.toString();
    }

    /** Each of {@code texts} escaped ({@link #of}), in order, as an unmodifiable list. */
    public static List<String> all(Collection<String> texts) {
        return texts.stream().map(OneLine::of).toList();
    }

    /**
     * Whether {@code c} must be escaped: Unicode categories Cc, Zl and Zp, a bidirectional
     * control, or the byte-order mark.
     */
    public static boolean needsEscape(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || c == '\u061C'
                || c == '\u200E'
                || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\uFEFF';
    }

    private static int firstToEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (needsEscape(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
