package org.dyad.coding.cameo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dyad.coding.cameo.PatternElement.Phrase;
import org.dyad.coding.cameo.PatternElement.Prep;
import org.dyad.coding.cameo.PatternElement.SourceMarker;
import org.dyad.coding.cameo.PatternElement.SynsetRef;
import org.dyad.coding.cameo.PatternElement.Word;
import org.junit.jupiter.api.Test;

class PatternElementTest {

    @Test
    void wordMatchesItselfItsPluralAndItsSingular() {
        assertThat(new Word("SANCTION").matches("SANCTION")).isTrue();
        assertThat(new Word("SANCTION").matches("sanctions")).isTrue();
        assertThat(new Word("SANCTIONS").matches("SANCTION")).isTrue();
        assertThat(new Word("TREATY").matches("TREATIES")).isTrue();
        assertThat(new Word("AID").matches("AIDE")).isFalse();
        assertThat(new Word("SPY", false).matches("SPIES")).isFalse();
        assertThat(new Word("SPY", false).matches("SPY")).isTrue();
    }

    @Test
    void wordIsUpperCasedAndMustBeOneWord() {
        assertThat(new Word("aid").word()).isEqualTo("AID");
        assertThatThrownBy(() -> new Word("TWO WORDS")).hasMessageContaining("'TWO WORDS'");
        assertThatThrownBy(() -> new Word(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weightsCountConcreteWords() {
        SynsetRef synset = new SynsetRef("X", List.of(List.of("PRIME", "MINISTER"), List.of("KING")));
        assertThat(synset.weight()).isEqualTo(1);
        assertThat(synset.matches("king")).isTrue();
        assertThat(synset.matches("PRIME")).isFalse();
        assertThat(new Phrase(List.of(new Word("FINANCIAL"), new Word("AID"))).weight())
                .isEqualTo(2);
        assertThat(new Prep("FOR", List.of()).weight()).isEqualTo(1);
        assertThat(new Prep("FOR", List.of(new Phrase(List.of(new Word("A"), new Word("B"))))).weight())
                .isEqualTo(3);
        assertThat(new SourceMarker().weight()).isZero();
        VerbPattern pattern = new VerbPattern(
                List.of(new SourceMarker(), new Word("POLICE")),
                List.of(new Prep("AGAINST", List.of(synset))),
                java.util.Optional.of("173"),
                java.util.Optional.empty(),
                "",
                1);
        assertThat(pattern.weight()).isEqualTo(3);
    }

    @Test
    void constructorsNameTheBadValue() {
        assertThatThrownBy(() -> new Phrase(List.of())).hasMessageContaining("empty");
        assertThatThrownBy(() -> new VerbPattern(
                        List.of(), List.of(), java.util.Optional.of("1x0"), java.util.Optional.empty(), "", 3))
                .hasMessageContaining("'1x0'");
        assertThatThrownBy(() -> new VerbEntry(
                        "side", List.of("side"), List.of(), List.of(), java.util.Optional.empty(), "B", 1))
                .hasMessageContaining("'side'");
    }
}
