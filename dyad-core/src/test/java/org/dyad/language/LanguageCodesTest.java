package org.dyad.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageCodesTest {
    @Test
    void theFormsInputsUseGiveTheTwoLetterCode() {
        for (String spanish :
                new String[] {"es", "ES", " es ", "es-419", "es_MX", "spa", "SPA", "Spanish", "spanish"}) {
            assertThat(LanguageCodes.normalize(spanish)).as(spanish).hasValue("es");
        }
        assertThat(LanguageCodes.normalize("en-US")).hasValue("en");
        assertThat(LanguageCodes.normalize("ara")).hasValue("ar");
        assertThat(LanguageCodes.normalize("Arabic")).hasValue("ar");
    }

    @Test
    void whatNamesNoLanguageGivesNothing() {
        for (String none :
                new String[] {"", "  ", "-", "xx", "qqq", "Klingon", "e", "english language", "unknown", "none"}) {
            assertThat(LanguageCodes.normalize(none)).as(none).isEmpty();
        }
        assertThat(LanguageCodes.normalize(null)).isEmpty();
    }

    @Test
    void namesForPeople() {
        assertThat(LanguageCodes.name("es")).isEqualTo("Spanish");
        assertThat(LanguageCodes.name("ar")).isEqualTo("Arabic");
        assertThat(LanguageCodes.name("zz")).isEqualTo("zz");
    }
}
