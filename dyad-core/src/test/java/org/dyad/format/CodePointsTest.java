package org.dyad.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/** Offsets for tools that count characters as code points. */
class CodePointsTest {
    @Test
    void plainTextKeepsItsIndexes() {
        IntUnaryOperator map = CodePoints.offsets("Iran’s “Glass House”");
        assertThat(map.applyAsInt(7)).isEqualTo(7);
    }

    @Test
    void charactersBeyondTheBasicPlaneCountOnce() {
        String text = "\uD83D\uDE00 Israel warned Iran"; // an emoji, then words
        IntUnaryOperator map = CodePoints.offsets(text);
        int javaStart = text.indexOf("Israel");
        assertThat(javaStart).isEqualTo(3);
        assertThat(map.applyAsInt(javaStart)).isEqualTo(2);
        assertThat(text.codePoints()
                        .skip(map.applyAsInt(javaStart))
                        .limit(6)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString())
                .isEqualTo("Israel");
        assertThat(map.applyAsInt(text.length())).isEqualTo(text.codePointCount(0, text.length()));
    }
}
