package org.dyad.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The small word-list format of dyad's own lexicons. */
class WordTableTest {
    @Test
    void wordsValuesCommentsAndCase() {
        WordTable t = WordTable.parse("t", "# header\nAgree   intent  # comment\n\nback\n");
        assertThat(t.contains("agree")).isTrue();
        assertThat(t.value("AGREE")).contains("intent");
        assertThat(t.value("back")).contains("");
        assertThat(t.contains("header")).isFalse();
        assertThat(t.words()).containsExactly("agree", "back");
    }

    @Test
    void bundledListsLoad() {
        assertThat(WordTable.load(Lexicons.PATRON_WORDS).contains("back")).isTrue();
    }
}
