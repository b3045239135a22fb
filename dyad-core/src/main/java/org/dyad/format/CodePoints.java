package org.dyad.format;

import java.util.function.IntUnaryOperator;

/** Maps Java string indexes (UTF-16 code units) of a text to Unicode code point offsets. */
public final class CodePoints {
    private CodePoints() {}

    /** The mapping for {@code text}: the identity when the text has no surrogate pairs. */
    public static IntUnaryOperator offsets(String text) {
        boolean surrogates = text.chars().anyMatch(c -> Character.isSurrogate((char) c));
        if (!surrogates) {
            return IntUnaryOperator.identity();
        }
        int[] codePointAt = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointAt[i] = cp;
            if (!(Character.isHighSurrogate(text.charAt(i))
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))) {
                cp++;
            }
        }
        codePointAt[text.length()] = cp;
        return i -> codePointAt[Math.max(0, Math.min(i, text.length()))];
    }
}
