package org.dyad.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lines in capitals recased by what a tagger's lexicon saw; other lines left alone. */
class TruecaserTest {
    /** How often a small made-up training text had each form. */
    private static final Map<String, Integer> SEEN = Map.of(
            "huelgas", 40, "Huelgas", 2, "en", 900, "En", 80, "Ecuador", 60, "ecuador", 0, "ONU", 30, "Onu", 1, "onu",
            0);

    private final Truecaser truecaser = new Truecaser(w -> SEEN.getOrDefault(w, 0));

    @Test
    void aLineInCapitalsTakesTheFormsTheTaggerSawMostOften() {
        assertThat(truecaser.recase("HUELGAS EN ECUADOR")).isEqualTo("Huelgas en Ecuador");
        // An acronym seen as written stays so; a word seen in no form is lower case.
        assertThat(truecaser.recase("LA ONU CONDENA HUELGAS")).isEqualTo("La ONU condena huelgas");
    }

    @Test
    void otherLinesAndShortOnesAreLeftAsTheyAre() {
        String text = "Las huelgas en Ecuador siguen.\nUSA OK\nHUELGAS EN ECUADOR";
        String recased = truecaser.recase(text);
        assertThat(recased).isEqualTo("Las huelgas en Ecuador siguen.\nUSA OK\nHuelgas en Ecuador");
        assertThat(truecaser.recase("Las huelgas en Ecuador.")).isSameAs("Las huelgas en Ecuador.");
    }

    @Test
    void theTextKeepsItsLengthSoOffsetsStay() {
        String text = "ÁRBOLES TALADOS EN LA SELVA DE ECUADOR\nY MÁS";
        assertThat(truecaser.recase(text)).hasSameSizeAs(text);
    }
}
