package org.dyad.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
    private static final String STORY = String.join(
            " ",
            "DAMASCUS, Syria (AP) - Syrian government forces shelled rebel-held villages in Hama province on Monday,",
            "killing at least seven civilians, according to opposition activists and a war monitor.",
            "The Britain-based Syrian Observatory for Human Rights said the shelling hit the villages of Kafr Nabudah",
            "and Qalaat al-Madiq, where government troops have been trying to advance for weeks.",
            "Russia, a close ally of President Bashar Assad, has backed the offensive with airstrikes,",
            "while Turkey, which supports some rebel groups, called for an immediate ceasefire.",
            "The United Nations warned that hundreds of thousands of people have fled the fighting since late April.");

    private static final String OTHER_STORY = String.join(
            " ",
            "KYIV, Ukraine (AP) - Ukrainian and Russian negotiators met in Istanbul on Tuesday for a second round",
            "of talks on a prisoner exchange, officials in both capitals said.",
            "The talks, hosted by Turkey, focused on the return of wounded soldiers and civilians detained",
            "since the start of the war, a Ukrainian official said on condition of anonymity.",
            "Russia's foreign ministry said it hoped for progress but accused Kyiv of delaying the process,",
            "while the United Nations offered to help with the logistics of any exchange.");

    @Test
    void aWireStoryCopiedWithAnotherDatelineAndAnExtraLineIsANearCopy() {
        String copy = STORY.replace("DAMASCUS, Syria (AP) - ", "BEIRUT (AP) - ")
                + " Associated Press writer Bassem Mroue contributed to this report.";
        NearDuplicates index = new NearDuplicates(0.8);
        index.add("k-story", MinHash.signature(STORY));
        assertThat(index.find(MinHash.signature(copy))).hasValueSatisfying(m -> {
            assertThat(m.keptKey()).isEqualTo("k-story");
            assertThat(m.similarity()).isGreaterThanOrEqualTo(0.8);
        });
    }

    @Test
    void differentStoriesOnRelatedTopicsAreNotCopies() {
        NearDuplicates index = new NearDuplicates(0.8);
        index.add("k-story", MinHash.signature(STORY));
        assertThat(index.find(MinHash.signature(OTHER_STORY))).isEmpty();
        // Half of the story rewritten is a new story, not a copy.
        String rewritten =
                STORY.substring(0, STORY.length() / 2) + " " + OTHER_STORY.substring(OTHER_STORY.length() / 2);
        assertThat(index.find(MinHash.signature(rewritten))).isEmpty();
    }

    @Test
    void caseSpacingAndPunctuationDoNotMakeAnotherText() {
        String reformatted = STORY.toUpperCase().replace(" ", "\n  ").replace(",", " ,");
        assertThat(MinHash.similarity(MinHash.signature(STORY), MinHash.signature(reformatted)))
                .isEqualTo(1.0);
    }

    @Test
    void theBestMatchWinsAndTiesGoToTheSmallerKeyWhateverTheOrder() {
        long[] sig = MinHash.signature(STORY);
        NearDuplicates forward = new NearDuplicates(0.8);
        NearDuplicates backward = new NearDuplicates(0.8);
        for (String key : List.of("k-b", "k-a")) {
            forward.add(key, sig);
        }
        for (String key : List.of("k-a", "k-b")) {
            backward.add(key, sig);
        }
        assertThat(forward.find(sig))
                .hasValueSatisfying(m -> assertThat(m.keptKey()).isEqualTo("k-a"));
        assertThat(backward.find(sig))
                .hasValueSatisfying(m -> assertThat(m.keptKey()).isEqualTo("k-a"));
    }

    @Test
    void signaturesSurviveTheStoresTextForm() {
        long[] sig = MinHash.signature(STORY);
        assertThat(MinHash.decode(MinHash.encode(sig))).isEqualTo(sig);
    }

    @Test
    void theKeyIgnoresWhiteSpaceButNotTheUrl() {
        var a = org.dyad.testkit.StoreFixtures.article("1", "Talks  began\n in Geneva.", null, null);
        var b = org.dyad.testkit.StoreFixtures.article("2", "Talks began in Geneva. ", null, null);
        var c = org.dyad.testkit.StoreFixtures.article("3", "Talks began in Geneva.", "https://example.org/x", null);
        assertThat(ArticleKey.of(a)).isEqualTo(ArticleKey.of(b)).isNotEqualTo(ArticleKey.of(c));
    }
}
