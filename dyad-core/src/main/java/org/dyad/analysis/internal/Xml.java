package org.dyad.analysis.internal;

import java.util.Locale;

/** Text and numbers made safe to put into XML element content and attribute values. */
public final class Xml {

    private Xml() {}

    /**
     * {@code text} with the five XML special characters as entities, and characters XML 1.0
     * cannot carry at all (most control characters, lone surrogates) replaced by U+FFFD, since
     * an entity would not make them legal either.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> i = appendChecked(text, i, out);
            }
        }
        return out.toString();
    }

    /** A number as XML wants it: a dot as decimal separator, at most four decimals, no exponent. */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "");
    }

    private static int appendChecked(String text, int i, StringBuilder out) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(i + 1));
            return i + 1;
        }
        boolean legal =
                c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
        out.append(legal ? c : '\uFFFD');
        return i;
    }
}
