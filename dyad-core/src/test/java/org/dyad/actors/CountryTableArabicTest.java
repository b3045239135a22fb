package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Arabic country table: every country of the English one, with its Arabic names. */
class CountryTableArabicTest {
    private final CountryTable english = CountryTable.load();
    private final CountryTable arabic = CountryTable.loadArabic();

    @Test
    void hasEveryCountryOfTheEnglishTableInOrderWithItsPlace() {
        assertThat(arabic.all())
                .extracting(Country::iso3)
                .containsExactlyElementsOf(
                        english.all().stream().map(Country::iso3).toList());
        for (Country en : english.all()) {
            Country ar = arabic.byCode(en.iso3()).orElseThrow();
            assertThat(ar.lat()).as(en.iso3()).isEqualTo(en.lat());
            assertThat(ar.lon()).as(en.iso3()).isEqualTo(en.lon());
            assertThat(ar.name()).as(en.iso3()).isNotBlank();
        }
    }

    @Test
    void namesAreArabic() {
        assertThat(arabic.byCode("USA").orElseThrow().name()).isEqualTo("الولايات المتحدة");
        assertThat(arabic.byCode("RUS").orElseThrow().name()).isEqualTo("روسيا");
        assertThat(arabic.byCode("EGY").orElseThrow().name()).isEqualTo("مصر");
        assertThat(arabic.officialName("SYR")).contains("الجمهورية العربية السورية");
    }
}
