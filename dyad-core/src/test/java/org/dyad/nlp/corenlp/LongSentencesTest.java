package org.dyad.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Over-long sentences cut into pieces before tagging and parsing; no models needed. */
class LongSentencesTest {

    @Test
    void aLongSentenceIsCutIntoPiecesAfterACommaWithTokensRenumbered() {
        String text = "Short one. a b c , d e f g h i j";
        List<CoreMap> sentences = List.of(sentence(text, 0, 10, 0), sentence(text, 11, text.length(), 3));

        List<CoreMap> pieces = LongSentences.split(sentences, text, 6);

        assertThat(pieces)
                .extracting(s -> s.get(CoreAnnotations.TextAnnotation.class))
                .containsExactly("Short one.", "a b c ,", "d e f g h i", "j");
        for (int i = 0; i < pieces.size(); i++) {
            CoreMap piece = pieces.get(i);
            assertThat(piece.get(CoreAnnotations.SentenceIndexAnnotation.class)).isEqualTo(i);
            List<CoreLabel> tokens = piece.get(CoreAnnotations.TokensAnnotation.class);
            for (int t = 0; t < tokens.size(); t++) {
                assertThat(tokens.get(t).index()).isEqualTo(t + 1);
                assertThat(tokens.get(t).sentIndex()).isEqualTo(i);
            }
            assertThat(piece.get(CoreAnnotations.TokenEndAnnotation.class)
                            - piece.get(CoreAnnotations.TokenBeginAnnotation.class))
                    .isEqualTo(tokens.size());
        }
        assertThat(pieces.get(2).get(CoreAnnotations.TokenBeginAnnotation.class))
                .isEqualTo(3 + 4);
    }

    @Test
    void sentencesWithinTheLimitAreKeptAsTheyAre() {
        String text = "a b c";
        CoreMap s = sentence(text, 0, 5, 0);

        assertThat(LongSentences.split(List.of(s), text, 3)).containsExactly(s);
    }

    /** A sentence of the space-separated tokens of {@code text} between {@code begin} and {@code end}. */
    private static CoreMap sentence(String text, int begin, int end, int firstToken) {
        List<CoreLabel> tokens = new ArrayList<>();
        int at = begin;
        for (String word : text.substring(begin, end).split(" ")) {
            CoreLabel label = new CoreLabel();
            label.setWord(word);
            label.setBeginPosition(at);
            label.setEndPosition(at + word.length());
            label.setIndex(tokens.size() + 1);
            tokens.add(label);
            at += word.length() + 1;
        }
        CoreMap s = new ArrayCoreMap();
        s.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        s.set(CoreAnnotations.TokensAnnotation.class, tokens);
        s.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken);
        s.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + tokens.size());
        return s;
    }
}
