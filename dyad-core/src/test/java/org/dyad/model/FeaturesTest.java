package org.dyad.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Morphological features: UD's notation read and written, and the queries rules ask. */
class FeaturesTest {

    @Test
    void readsAndWritesUdNotation() {
        Features f = Features.parse("Tense=Past|VerbForm=Part");

        assertThat(f.has("VerbForm", "Part")).isTrue();
        assertThat(f.has("Tense", "Past")).isTrue();
        assertThat(f.has("Tense", "Pres")).isFalse();
        assertThat(f.has("Mood")).isFalse();
        assertThat(f).hasToString("Tense=Past|VerbForm=Part");
        assertThat(Features.parse(f.toString())).isEqualTo(f);
    }

    @Test
    void noFeaturesIsAnUnderscore() {
        assertThat(Features.parse("_")).isSameAs(Features.NONE);
        assertThat(Features.NONE).hasToString("_");
        assertThat(Features.NONE.isEmpty()).isTrue();
        assertThat(Features.NONE.has("Number", "Sing")).isFalse();
    }

    @Test
    void aFeatureWithSeveralValuesHasEachOfThem() {
        Features f = Features.parse("Poss=Yes|PronType=Rel,Int");

        assertThat(f.has("PronType", "Int")).isTrue();
        assertThat(f.has("PronType", "Rel")).isTrue();
        assertThat(f.has("PronType", "Prs")).isFalse();
        assertThat(f.has("PronType")).isTrue();
        assertThat(f).hasToString("Poss=Yes|PronType=Int,Rel");
    }

    @Test
    void namesSortAsUdWritesThemIgnoringCase() {
        Features f = Features.parse("NumType=Card|Number=Plur|Mood=Ind");

        assertThat(f).hasToString("Mood=Ind|Number=Plur|NumType=Card");
        assertThat(f).isEqualTo(Features.parse("Mood=Ind|Number=Plur|NumType=Card"));
    }

    @Test
    void queriesAreExact() {
        Features f = Features.parse("VerbForm=Part");

        assertThat(f.has("verbform", "Part")).isFalse();
        assertThat(f.has("VerbForm", "part")).isFalse();
    }

    @Test
    void cannotBeChangedFromOutside() {
        Map<String, List<String>> values = new TreeMap<>(Map.of("Number", List.of("Sing")));
        Features f = new Features(new TreeMap<>(values));

        assertThatThrownBy(() -> f.values().put("Tense", List.of("Past")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void badNotationIsAnErrorNamingThePart() {
        assertThatThrownBy(() -> Features.parse("Tense|VerbForm=Part"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"Tense\"");
        assertThatThrownBy(() -> Features.parse("Tense=Past|Tense=Pres")).hasMessageContaining("Tense is given twice");
        assertThatThrownBy(() -> Features.parse("tense=Past")).hasMessageContaining("\"tense\"");
        assertThatThrownBy(() -> Features.parse("Tense=past")).hasMessageContaining("\"past\"");
        assertThatThrownBy(() -> Features.parse("PronType=Int,Int")).hasMessageContaining("repeats");
        assertThatThrownBy(() -> Features.parse("")).isInstanceOf(IllegalArgumentException.class);
    }
}
