package org.dyad.coding.cameo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.coding.cameo.PatternElement.CompoundMarker;
import org.dyad.coding.cameo.PatternElement.Phrase;
import org.dyad.coding.cameo.PatternElement.Prep;
import org.dyad.coding.cameo.PatternElement.Skip;
import org.dyad.coding.cameo.PatternElement.SourceMarker;
import org.dyad.coding.cameo.PatternElement.SynsetRef;
import org.dyad.coding.cameo.PatternElement.TargetMarker;
import org.dyad.coding.cameo.PatternElement.Word;
import org.junit.jupiter.api.Test;

/** Pattern lines of {@link VerbDictionaryReaderTest#TEXT}, one construct per test. */
class VerbPatternReadingTest {

    static final VerbDictionary DICT = VerbDictionaryReaderTest.DICT;

    /** The AGREE pattern on the line containing {@code text}. */
    static VerbPattern pattern(String text) {
        int line = VerbDictionaryReaderTest.lineOf(VerbDictionaryReaderTest.TEXT, text);
        return VerbDictionaryReaderTest.block(DICT, "AGREE").patterns().stream()
                .filter(p -> p.line() == line)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void patternWithPrepositionalPhraseOfSynset() {
        VerbPattern p = pattern("(TO &CEASEFIRE)");
        assertThat(p.before()).isEmpty();
        assertThat(p.after()).hasSize(1);
        Prep prep = (Prep) p.after().get(0);
        assertThat(prep.preposition()).isEqualTo("TO");
        assertThat(((SynsetRef) prep.objects().get(0)).name()).isEqualTo("CEASEFIRE");
        assertThat(p.code()).contains("0356");
        assertThat(p.pairedCode()).isEmpty();
        assertThat(p.comment()).isEqualTo("AGREE");
        assertThat(p.weight()).isEqualTo(2);
    }

    @Test
    void patternWithBracedPhrase() {
        VerbPattern p = pattern("{PEACE PLAN}");
        Phrase phrase = (Phrase) p.after().get(0);
        assertThat(phrase.words()).containsExactly(new Word("PEACE"), new Word("PLAN"));
        assertThat(phrase.head()).isEqualTo(new Word("PLAN"));
        assertThat(p.code()).contains("057");
        assertThat(p.comment()).isEmpty();
        assertThat(p.weight()).isEqualTo(2);
    }

    @Test
    void patternWithBarePrepositionAndNullCode() {
        VerbPattern p = pattern("(AGAINST)");
        assertThat(p.after()).containsExactly(new Prep("AGAINST", List.of()));
        assertThat(p.code()).isEmpty();
        assertThat(p.pairedCode()).isEmpty();
        assertThat(p.weight()).isEqualTo(1);
    }

    @Test
    void patternWithSourceAndTargetMarkersAndPairedCode() {
        VerbPattern p = pattern("(WITH +)");
        assertThat(p.before()).containsExactly(new SourceMarker());
        assertThat(p.after()).containsExactly(new Prep("WITH", List.of(new TargetMarker())));
        assertThat(p.code()).contains("042");
        assertThat(p.pairedCode()).contains("043");
        assertThat(p.comment()).isEqualTo("meet");
    }

    @Test
    void patternWithOnlyAPairedCode() {
        VerbPattern p = pattern("(BEFORE COURT)");
        assertThat(p.after()).containsExactly(new Prep("BEFORE", List.of(new Word("COURT"))));
        assertThat(p.code()).isEmpty();
        assertThat(p.pairedCode()).contains("173");
    }

    @Test
    void patternWithSynsetBeforeTheVerbAndSkipAndCompoundMarkers() {
        VerbPattern p = pattern("&TREATY * ^ %");
        assertThat(p.before()).hasSize(1);
        SynsetRef treaty = (SynsetRef) p.before().get(0);
        assertThat(treaty.phrases()).contains(List.of("TREATIES"), List.of("PEACE", "PLAN"));
        assertThat(p.after()).containsExactly(new Skip(), new CompoundMarker());
        assertThat(p.weight()).isEqualTo(1);
    }

    @Test
    void underscoreSuppressesPluralOfPatternWordAndSynsetInsideBraces() {
        VerbPattern p = pattern("SPY_");
        assertThat(p.after().get(0)).isEqualTo(new Word("SPY", false));
        assertThat(((Word) p.after().get(0)).matches("SPIES")).isFalse();
        Prep to = (Prep) p.after().get(1);
        Phrase talks = (Phrase) to.objects().get(0);
        assertThat(talks.words().get(0)).isInstanceOf(SynsetRef.class);
        assertThat(talks.head()).isEqualTo(new Word("TALKS"));
    }

    @Test
    void underscoreJoinsConsecutiveWordsIntoAPhrase() {
        VerbPattern p = pattern("AIR_STRIKE");
        assertThat(p.after()).containsExactly(new Phrase(List.of(new Word("AIR", false), new Word("STRIKE"))));
    }
}
