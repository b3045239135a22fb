package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.coding.cameo.PatternElement;
import org.dyad.model.EntityClass;
import org.dyad.model.Features;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.dyad.model.Upos;
import org.junit.jupiter.api.Test;

/** Pattern words meet Arabic tokens through the normalised keys the dictionary was keyed with. */
class ArabicPatternWordsTest {

    private static Token token(String word, String lemma) {
        return new Token(0, word, lemma, Upos.NOUN, Features.parse("_"), EntityClass.NONE, new Span(0, word.length()));
    }

    @Test
    void tokensMeetPatternWordsWhateverTheirSpelling() {
        // "- * حول مؤامرة [064]": the dictionary word is keyed مؤامره; the token has ة and vowels.
        PatternElement.Word plot = new PatternElement.Word("مؤامرة");
        assertThat(plot.word()).isEqualTo("مؤامره");
        assertThat(plot.matches("مُؤامَرَةٌ")).isTrue();
        assertThat(PatternMatcher.wordMatches(plot.word(), token("مؤامرات", "مُؤامَرَة"), true))
                .isTrue();
        assertThat(PatternMatcher.wordMatches(plot.word(), token("مؤتمر", "مؤتمر"), true))
                .isFalse();
        // Latin as before: upper-cased, with the regular plural of the last word.
        assertThat(PatternMatcher.wordMatches("ATTACK", token("attacks", "attack"), true))
                .isTrue();
    }
}
