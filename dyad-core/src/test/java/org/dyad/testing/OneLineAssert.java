package org.dyad.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

/**
 * The check that a diagnostic is one line, for the property and example tests: no character of
 * Unicode category Cc, Zl or Zp, no bidirectional control and no byte-order mark. Written
 * apart from {@code OneLine} so that a slip in one is not hidden by the same slip in the other.
 */
public final class OneLineAssert {
    /** The pieces the property tests add to their generators: the characters that broke or reorder lines. */
    public static final String[] BREAKERS = {
        "\n",
        "\r",
        "\r\n",
        "\u2028",
        "\u2029",
        "\u0085",
        "\u000B",
        "\u000C",
        "\u0000",
        "\u001B[31m",
        "\u202E",
        "\u200F",
        "\u2066",
        "\u061C",
        "\uFEFF"
    };

    private static final Pattern BREAKING =
            Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]");

    private OneLineAssert() {}

    /** Fails unless {@code text} is one non-empty line free of the characters that could break or reorder it. */
    public static void assertOneLine(String text, Object context) {
        assertThat(BREAKING.matcher(text).find())
                .as("%s: %s holds a line-breaking or control character", context, text)
                .isFalse();
        // Java's '.' stops at \n, \r, U+0085, U+2028 and U+2029: a second check of the same thing, as the issue saw it.
        assertThat(text).as("%s", context).matches(".+");
    }
}
