package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.dyad.lexicon.WordTable;
import org.dyad.nlp.DependencyTree;
import org.dyad.testkit.Sentences;
import org.junit.jupiter.api.Test;

/** The combination table of embedding verbs and the reading of auxiliaries. */
class EmbeddingAndModalityTest {
    private final Embedding bundled = Embedding.loadBundled();

    @Test
    void intentsRunParallelToTheCooperationRoots() {
        assertThat(bundled.combine("intent", "042")).contains("036");
        assertThat(bundled.combine("intent", "073")).contains("033");
        assertThat(bundled.combine("intent", "193")).contains("138");
        assertThat(bundled.combine("intent", "112")).contains("112"); // kept: "plans to accuse"
        assertThat(bundled.keepsEmbedded("intent", "112")).isTrue();
        assertThat(bundled.combine("reject", "0874")).contains("124");
        assertThat(bundled.combine("demand", "0874")).contains("105");
        assertThat(bundled.alone("intent")).contains("030");
        assertThat(bundled.alone("attempt")).isEmpty();
        // Announced sanctions and curfews are threats of them, by the exact code where CAMEO has one.
        assertThat(bundled.combine("intent", "163")).contains("1312");
        assertThat(bundled.combine("intent", "1723")).contains("1323");
        assertThat(bundled.combine("intent", "160")).contains("131");
    }

    @Test
    void familiesComeFromTheWordList() {
        assertThat(bundled.family("agree")).contains("intent");
        assertThat(bundled.family("Refuse")).contains("reject");
        assertThat(bundled.isReporting("say")).isTrue();
        assertThat(bundled.family("attack")).isEmpty();
    }

    @Test
    void aFamilyWithoutARuleForTheRootCombinesToNothing() {
        Embedding e = new Embedding(WordTable.parse("t", "plan intent\n"), Map.of("intent/04", "036"));
        assertThat(e.combine("intent", "190")).isEmpty();
        assertThat(e.combine("intent", "040")).contains("036");
    }

    @Test
    void auxiliariesNegationAndConditionsAreRead() {
        Modality m = Modality.loadBundled();
        DependencyTree t = new DependencyTree(Sentences.of("""
                1 Syria Syria NNP LOCATION 4 nsubj
                2 will will MD O 4 aux
                3 not not RB O 4 advmod
                4 withdraw withdraw VB O 0 root
                5 unless unless IN O 7 mark
                6 Israel Israel NNP LOCATION 7 nsubj
                7 leaves leave VBZ O 4 advcl
                """));
        Modality.Reading r = m.read(t, 3);
        assertThat(r.future()).isTrue();
        assertThat(r.negated()).isTrue();
        assertThat(r.conditional()).isTrue();
        assertThat(r.obligation()).isFalse();
        Modality.Reading plain = m.read(t, 6);
        assertThat(plain.future() || plain.negated() || plain.conditional()).isFalse();
    }
}
