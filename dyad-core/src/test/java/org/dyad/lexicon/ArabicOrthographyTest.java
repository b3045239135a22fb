package org.dyad.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Arabic normalisation for matching: each case worked out by hand from the class comment's rules. */
class ArabicOrthographyTest {

    @Test
    void harakatSuperscriptAlefAndTatweelAreDropped() {
        assertThat(ArabicOrthography.normalize("كَتَبَ")).isEqualTo("كتب");
        assertThat(ArabicOrthography.normalize("كِتَابًا")).isEqualTo("كتابا"); // kasra, fatha, tanween
        assertThat(ArabicOrthography.normalize("مُحَمَّدٌ")).isEqualTo("محمد"); // damma, shadda, dammatan
        assertThat(ArabicOrthography.normalize("قُلْ")).isEqualTo("قل"); // sukun
        assertThat(ArabicOrthography.normalize("هٰذا")).isEqualTo("هذا"); // superscript alef U+0670
        assertThat(ArabicOrthography.normalize("مـــصر")).isEqualTo("مصر"); // tatweel U+0640
    }

    @Test
    void alefFormsBecomeBareAlef() {
        assertThat(ArabicOrthography.normalize("أحمد")).isEqualTo("احمد");
        assertThat(ArabicOrthography.normalize("إسلام")).isEqualTo("اسلام");
        assertThat(ArabicOrthography.normalize("آمن")).isEqualTo("امن");
        assertThat(ArabicOrthography.normalize("ٱلله")).isEqualTo("الله"); // alef wasla U+0671
        // A bare alef followed by a combining hamza above (U+0654) is أ once composed, then ا.
        assertThat(ArabicOrthography.normalize("\u0627\u0654حمد")).isEqualTo("احمد");
    }

    /**
     * The decision: as Lucene's ArabicNormalizer, alef maqsura is yaa and taa marbuta is haa, so
     * "مصطفى" and "مصطفي", "مدينة" and "مدينه" meet. Hamza on waw or yaa is a letter of its own, kept.
     */
    @Test
    void alefMaqsuraIsYaaAndTaaMarbutaIsHaa() {
        assertThat(ArabicOrthography.normalize("مصطفى")).isEqualTo("مصطفي");
        assertThat(ArabicOrthography.normalize("مدينة")).isEqualTo("مدينه");
        assertThat(ArabicOrthography.normalize("مؤتمر")).isEqualTo("مؤتمر");
        assertThat(ArabicOrthography.normalize("رئيس")).isEqualTo("رئيس");
        assertThat(ArabicOrthography.normalize("وِزارَةُ الدِّفاعِ الأَمْرِيكِيَّةُ"))
                .isEqualTo("وزاره الدفاع الامريكيه");
    }

    @Test
    void textWithoutArabicIsReturnedAsItIs() {
        for (String latin : new String[] {"Café", "al-Assad", "ÁLVARO_URIBE_VÉLEZ_", "СССР", "F/A-18", ""}) {
            assertThat(ArabicOrthography.normalize(latin)).isSameAs(latin);
        }
        // In mixed text only the Arabic letters change.
        assertThat(ArabicOrthography.normalize("UN الأمم")).isEqualTo("UN الامم");
    }

    @Test
    void wordKeysUpperCaseLatinAndNormaliseArabic() {
        assertThat(WordKeys.key("al-Assad")).isEqualTo("AL-ASSAD");
        assertThat(WordKeys.key("أَحْرَقَ")).isEqualTo("احرق");
        assertThat(WordKeys.key("Café")).isEqualTo("CAFÉ");
    }
}
