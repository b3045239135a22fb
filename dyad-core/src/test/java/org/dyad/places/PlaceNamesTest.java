package org.dyad.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.places.PlaceNames.Designation;
import org.dyad.rules.Rules;
import org.dyad.rules.WordClasses;
import org.junit.jupiter.api.Test;

class PlaceNamesTest {
    private static final WordClasses WORDS = Rules.loadBundled().wordClasses();

    @Test
    void transliterationsOfOneNameShareAKey() {
        assertThat(PlaceNames.key("Ḩamāh")).isEqualTo("hama");
        assertThat(PlaceNames.key("Hamah")).isEqualTo("hama");
        assertThat(PlaceNames.key("HAMA")).isEqualTo("hama");
    }

    @Test
    void newsSpellingsOfArabicNamesShareTheGazetteersKey() {
        assertThat(PlaceNames.key("Tel Abyad")).isEqualTo(PlaceNames.key("Tall Abyaḑ"));
        assertThat(PlaceNames.key("Tell Hamis")).isEqualTo(PlaceNames.key("Tall Ḩamīs"));
        assertThat(PlaceNames.key("Ain Issa")).isEqualTo(PlaceNames.key("‘Ayn ‘Īsá"));
        assertThat(PlaceNames.key("Kfar Kila")).isEqualTo(PlaceNames.key("Kafr Kilā"));
        assertThat(PlaceNames.key("Beit Lahia")).isEqualTo(PlaceNames.key("Bayt Lāhiyā"));
        // Only a whole word is respelled: "Telford" and "Tell" are two names.
        assertThat(PlaceNames.key("Telford")).isEqualTo("telford");
        assertThat(PlaceNames.key("Ainsdale")).isEqualTo("ainsdale");
    }

    @Test
    void arabicArticlesAreDropped() {
        assertThat(PlaceNames.key("al-Qusayr")).isEqualTo(PlaceNames.key("Qusayr"));
        assertThat(PlaceNames.key("Al Quşayr")).isEqualTo("qusayr");
        assertThat(PlaceNames.key("El-Arish")).isEqualTo("arish");
        assertThat(PlaceNames.key("Ar Raqqah")).isEqualTo(PlaceNames.key("Raqqa"));
    }

    @Test
    void anArticleIsOnlyDroppedBeforeAName() {
        // "Alma" and "Asmara" begin with the letters of an article but have none.
        assertThat(PlaceNames.key("Alma")).isEqualTo("alma");
        assertThat(PlaceNames.key("Asmara")).isEqualTo("asmara");
    }

    @Test
    void apostrophesAndPunctuationDoNotCount() {
        assertThat(PlaceNames.key("Ma’arrat al-Nu‘man")).isEqualTo(PlaceNames.key("Ma'arrat al-Nu'man"));
        // "Deir" in one spelling with "Dayr", a doubled letter once.
        assertThat(PlaceNames.key("Deir ez-Zor")).isEqualTo("dayrezor");
    }

    @Test
    void aFinalHIsKeptAfterAConsonantAndInShortNames() {
        assertThat(PlaceNames.key("Homs")).isEqualTo("homs");
        assertThat(PlaceNames.key("Bath")).isEqualTo("bath");
        assertThat(PlaceNames.key("Aah")).isEqualTo("aah");
    }

    @Test
    void foldingKeepsCaseAndSpacesButDropsMarks() {
        assertThat(PlaceNames.fold("Ḩamāh Ğöl")).isEqualTo("Hamah Gol");
    }

    @Test
    void designatorsSayWhatKindOfPlaceANameIs() {
        assertThat(PlaceNames.designation(WORDS, "Province")).contains(Designation.REGION);
        assertThat(PlaceNames.designation(WORDS, "governorate")).contains(Designation.REGION);
        assertThat(PlaceNames.designation(WORDS, "town")).contains(Designation.TOWN);
        assertThat(PlaceNames.designation(WORDS, "airbase")).contains(Designation.SITE);
        assertThat(PlaceNames.designation(WORDS, "Hama")).isEmpty();
    }
}
