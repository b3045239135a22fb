package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.dyad.lexicon.WordTable;
import org.junit.jupiter.api.Test;

/**
 * The combination table of embedding verbs. How auxiliaries are read in a sentence is a rule case
 * ({@code rule-cases/embedding-and-modality.cases}).
 */
class EmbeddingTest {
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
}
