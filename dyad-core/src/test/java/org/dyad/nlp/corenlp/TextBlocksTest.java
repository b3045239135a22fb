package org.dyad.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Blocks of a long text: contiguous, covering, within the limit, never cutting a surrogate pair. */
class TextBlocksTest {

    @Property
    void blocksCoverTheTextInOrderWithinTheLimit(@ForAll @StringLength(max = 400) String text,
                                                 @ForAll @IntRange(min = 2, max = 60) int max) {
        List<TextBlocks.Block> blocks = TextBlocks.of(text, max);

        int at = 0;
        for (TextBlocks.Block b : blocks) {
            assertThat(b.start()).isEqualTo(at);
            assertThat(b.end() - b.start()).isBetween(text.isEmpty() ? 0 : 1, max);
            at = b.end();
        }
        assertThat(at).isEqualTo(text.length());
        for (TextBlocks.Block b : blocks.subList(0, blocks.size() - 1)) {
            assertThat(Character.isHighSurrogate(text.charAt(b.end() - 1)) && Character.isLowSurrogate(text.charAt(b.end())))
                    .as("block ending at %d cuts a surrogate pair", b.end()).isFalse();
        }
    }

    @Property
    void surrogatePairsAreNeverCut(@ForAll @IntRange(min = 1, max = 200) int pairs, @ForAll @IntRange(min = 2, max = 9) int max) {
        String text = "\ud83d\ude00".repeat(pairs);

        for (TextBlocks.Block b : TextBlocks.of(text, max)) {
            assertThat(b.start() % 2).isZero();
            assertThat(b.end() % 2).isZero();
        }
    }

    @Test
    void aLongTextIsCutAtLineBreaksAndALongLineBetweenWords() {
        String text = "one two\nthree four five six seven eight nine";

        List<TextBlocks.Block> blocks = TextBlocks.of(text, 12);

        assertThat(blocks).extracting(b -> text.substring(b.start(), b.end()))
                .containsExactly("one two\n", "three four ", "five six ", "seven eight ", "nine");
    }

    @Test
    void aShortTextIsOneBlock() {
        assertThat(TextBlocks.of("Iran threatened Israel.", 100)).containsExactly(new TextBlocks.Block(0, 23));
        assertThat(TextBlocks.of("", 100)).containsExactly(new TextBlocks.Block(0, 0));
    }
}
