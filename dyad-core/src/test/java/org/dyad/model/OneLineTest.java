package org.dyad.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The one-line escaping of diagnostics: which characters it escapes, how, and what it leaves alone. */
class OneLineTest {

    @Test
    void lineBreaksAndTabsGetTheirShortEscapes() {
        assertThat(OneLine.of("a\nb\rc\td")).isEqualTo("a\\nb\\rc\\td");
    }

    @Test
    void otherControlsGetAUnicodeEscape() {
        assertThat(OneLine.of("\u0000\u000B\u000C\u001B\u007F")).isEqualTo("\\u0000\\u000B\\u000C\\u001B\\u007F");
        assertThat(OneLine.of("\u0085\u009F")).as("C1 controls, NEL among them").isEqualTo("\\u0085\\u009F");
    }

    @Test
    void lineAndParagraphSeparatorsAreEscaped() {
        assertThat(OneLine.of("code '\u2028'")).isEqualTo("code '\\u2028'");
        assertThat(OneLine.of("a\u2029b")).isEqualTo("a\\u2029b");
    }

    @Test
    void bidiControlsAndTheByteOrderMarkAreEscaped() {
        String bidi = "\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\uFEFF";

        assertThat(OneLine.of(bidi))
                .isEqualTo("\\u061C\\u200E\\u200F\\u202A\\u202B\\u202C\\u202D\\u202E"
                        + "\\u2066\\u2067\\u2068\\u2069\\uFEFF");
    }

    @Test
    void everyScriptAndEmojiIsLeftAsItIs() {
        String text = "Ḥamā حماة Хама 哈馬 ハマー 하마 \uD83D\uDE00 a\u00A0b \u200B\u200D x\\y 'quoted' \"q\"";

        assertThat(OneLine.of(text)).isSameAs(text);
    }

    @Test
    void aListIsEscapedEntryByEntryInOrder() {
        assertThat(OneLine.all(List.of("a\nb", "c", "\u2028"))).containsExactly("a\\nb", "c", "\\u2028");
    }

    /** Idempotent by design: a message escaped where it is made and again where it is shown reads the same. */
    @Property(tries = 300)
    void escapingIsIdempotentAndLeavesNoLineBreak(@ForAll String text) {
        String once = OneLine.of(text);

        assertThat(OneLine.of(once)).isEqualTo(once);
        assertThat(once.chars().noneMatch(c -> OneLine.needsEscape((char) c))).isTrue();
        assertThat(once).matches(".*");
    }
}
