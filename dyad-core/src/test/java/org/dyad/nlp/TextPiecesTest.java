package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

class TextPiecesTest {

    @Test
    void shortTextIsOnePiece() {
        assertThat(TextPieces.of("Iran threatened Israel.", 100)).containsExactly(new Span(0, 23));
        assertThat(TextPieces.of("", 100)).containsExactly(new Span(0, 0));
    }

    @Test
    void cutsAfterTheLastLineBreakThatFits() {
        String text = "First paragraph.\nSecond one here.\nThird.";

        List<Span> pieces = TextPieces.of(text, 36);

        assertThat(pieces).containsExactly(new Span(0, 34), new Span(34, text.length()));
        assertThat(text.substring(0, 34)).endsWith("here.\n");
    }

    @Test
    void withoutLineBreaksCutsAtASpace() {
        String text = "one two three four five six seven";

        List<Span> pieces = TextPieces.of(text, 10);

        for (Span p : pieces.subList(0, pieces.size() - 1)) {
            assertThat(text.charAt(p.end() - 1)).as(p.toString()).isEqualTo(' ');
        }
    }

    @Test
    void piecesCoverTheTextInOrderAndFit() {
        Random random = new Random(8);
        StringBuilder b = new StringBuilder();
        String[] parts = {"word", " ", "\n", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "😀", ". "};
        for (int i = 0; i < 2000; i++) {
            b.append(parts[random.nextInt(parts.length)]);
        }
        String text = b.toString();

        List<Span> pieces = TextPieces.of(text, 25);

        assertThat(pieces.get(0).start()).isZero();
        assertThat(pieces.get(pieces.size() - 1).end()).isEqualTo(text.length());
        for (int i = 0; i < pieces.size(); i++) {
            Span p = pieces.get(i);
            assertThat(p.end() - p.start()).as(p.toString()).isBetween(1, 25);
            assertThat(Character.isLowSurrogate(text.charAt(p.start())))
                    .as("starts inside a pair: " + p)
                    .isFalse();
            if (i > 0) {
                assertThat(p.start()).isEqualTo(pieces.get(i - 1).end());
            }
        }
    }

    @Test
    void refusesATinyPieceSize() {
        assertThatThrownBy(() -> TextPieces.of("text", 1)).hasMessageContaining("piece size 1");
    }
}
