package org.dyad.actors.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseFormsTest {
    @Test
    void hyphensPossessivesAndBracketsGiveTokenizerShapedForms() {
        assertThat(PhraseForms.of("AL-QUDS_FORCE_", false))
                .containsExactly(List.of("AL-QUDS", "FORCE"), List.of("AL", "-", "QUDS", "FORCE"));
        assertThat(PhraseForms.of("SYRIA'S_GOVERNMENT", false))
                .containsExactly(List.of("SYRIA'S", "GOVERNMENT"), List.of("SYRIA", "'S", "GOVERNMENT"));
        assertThat(PhraseForms.of("ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_", false))
                .containsExactly(List.of("ADEN", "ABYAN", "ISLAMIC", "ARMY", "(", "AAIA", ")"));
    }

    @Test
    void pluralsGoOnTheLastWordOnly() {
        assertThat(PhraseForms.of("REVOLUTIONARY_GUARD", true))
                .containsExactly(List.of("REVOLUTIONARY", "GUARD"), List.of("REVOLUTIONARY", "GUARDS"));
        assertThat(Plurals.regular("MILITARY")).contains("MILITARIES");
        assertThat(Plurals.regular("ENVOY")).contains("ENVOYS");
        assertThat(Plurals.regular("BOSS")).contains("BOSSES");
        assertThat(Plurals.regular("F/A-18")).isEmpty();
        assertThat(Plurals.regular("'S")).isEmpty();
    }

    @Test
    void thinPhrasesAreSkippable() {
        assertThat(PhraseForms.skippable(List.of("A"))).isTrue();
        assertThat(PhraseForms.skippable(List.of("-", "."))).isTrue();
        assertThat(PhraseForms.skippable(List.of("UN"))).isFalse();
    }

    @Test
    void tokenKeysUndoTokenizerEscapes() {
        assertThat(TokenKeys.key("-LRB-")).isEqualTo("(");
        assertThat(TokenKeys.key("``")).isEqualTo("\"");
        assertThat(TokenKeys.key("Syria\u2019s")).isEqualTo("SYRIA'S");
        assertThat(TokenKeys.looksProper("al-Assad")).isTrue();
        assertThat(TokenKeys.looksProper("1st")).isTrue();
        assertThat(TokenKeys.looksProper("turkey")).isFalse();
        assertThat(TokenKeys.looksProper("well-known")).isFalse();
    }
}
