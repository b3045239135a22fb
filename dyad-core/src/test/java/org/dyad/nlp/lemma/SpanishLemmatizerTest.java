package org.dyad.nlp.lemma;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.model.Features;
import org.dyad.model.Upos;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lemmas and verb features of Spanish words, worked out from Spanish grammar. */
class SpanishLemmatizerTest {
    private static SpanishLemmatizer lemmas;

    @BeforeAll
    static void load() {
        lemmas = SpanishLemmatizer.load();
    }

    @Test
    void aFiniteVerbGetsItsInfinitiveAndItsTenseMoodPersonAndNumber() {
        SpanishLemmatizer.Reading r = lemmas.read("atacaron", Upos.VERB);
        assertThat(r.lemma()).isEqualTo("atacar");
        assertThat(r.features()).isEqualTo(Features.parse("Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"));
        assertThat(lemmas.read("impuso", Upos.VERB).lemma()).isEqualTo("imponer");
        assertThat(lemmas.read("dijo", Upos.VERB).lemma()).isEqualTo("decir");
    }

    @Test
    void futureAndConditionalAreMarkedOnTheVerb() {
        assertThat(lemmas.read("atacará", Upos.VERB).features().has("Tense", "Fut"))
                .isTrue();
        SpanishLemmatizer.Reading would = lemmas.read("atacaría", Upos.VERB);
        assertThat(would.lemma()).isEqualTo("atacar");
        assertThat(would.features().has("Mood", "Cnd")).isTrue();
        assertThat(would.features().has("Tense")).isFalse();
    }

    @Test
    void theTaggersPartOfSpeechPicksTheReading() {
        // "armados": the participle of "armar" as a verb, the adjective "armado" as an adjective.
        SpanishLemmatizer.Reading verb = lemmas.read("armados", Upos.VERB);
        assertThat(verb.lemma()).isEqualTo("armar");
        assertThat(verb.features().has("VerbForm", "Part")).isTrue();
        assertThat(lemmas.read("armados", Upos.ADJ).lemma()).isEqualTo("armado");
        assertThat(lemmas.read("fuerzas", Upos.NOUN).lemma()).isEqualTo("fuerza");
        assertThat(lemmas.read("fuerzas", Upos.NOUN).features().has("Number", "Plur"))
                .isTrue();
        assertThat(lemmas.read("rusas", Upos.ADJ).lemma()).isEqualTo("ruso");
    }

    @Test
    void textThatLostItsAccentsIsReadWithThem() {
        assertThat(lemmas.read("reunion", Upos.NOUN).lemma()).isEqualTo("reunión");
        assertThat(lemmas.read("agresion", Upos.NOUN).lemma()).isEqualTo("agresión");
    }

    @Test
    void namesContractionsAndUnknownWords() {
        assertThat(lemmas.read("Maduro", Upos.PROPN).lemma()).isEqualTo("Maduro");
        assertThat(lemmas.read("del", Upos.ADP).lemma()).isEqualTo("de");
        SpanishLemmatizer.Reading unknown = lemmas.read("Xqzt", Upos.VERB);
        assertThat(unknown.lemma()).isEqualTo("xqzt");
        assertThat(unknown.features()).isEqualTo(Features.NONE);
    }
}
