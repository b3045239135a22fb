package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The bundled Phoenix dictionaries and country table, loaded once for this class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BundledLexiconTest {
    private static final Optional<LocalDate> MAY_2019 = Optional.of(LocalDate.of(2019, 5, 13));
    private ActorLexicon lexicon;

    @BeforeAll
    void load() {
        lexicon = ActorLexicon.load();
    }

    private LexiconMatch single(String tokens, Optional<LocalDate> date) {
        List<LexiconMatch> matches = lexicon.match(TestSentences.of(tokens), date);
        assertThat(matches).as("matches in '%s'", tokens).hasSize(1);
        return matches.get(0);
    }

    @Test
    void countriesDemonymsAndCapitals() {
        assertThat(single("Russia", MAY_2019).code()).isEqualTo("RUS");
        LexiconMatch iranian = single("Iranian", MAY_2019);
        assertThat(iranian.kind()).isEqualTo(MatchKind.DEMONYM);
        assertThat(iranian.code()).isEqualTo("IRN");
        LexiconMatch moscow = single("Moscow", MAY_2019);
        assertThat(moscow.kind()).isIn(MatchKind.CAPITAL, MatchKind.ACTOR);
        assertThat(moscow.code()).isEqualTo("RUS");
    }

    @Test
    void basharAlAssad() {
        // dyad's 2015-2026 record replaces Phoenix's undated SYRGOV: president until he fled on 8 Dec 2024.
        LexiconMatch full = single("Bashar al-Assad", MAY_2019);
        assertThat(full.code()).isEqualTo("SYRGOV");
        assertThat(full.source()).startsWith("dyad.actors-2015-2026.txt:");
        assertThat(single("Assad", MAY_2019).code()).isEqualTo("SYRGOV");
        assertThat(single("Assad", Optional.of(LocalDate.of(2025, 3, 1))).code())
                .as("after he left office")
                .isEqualTo("SYRELI");
        assertThat(single("Bashar al-Assad", Optional.<LocalDate>empty()).code())
                .as("without a date, the undated code")
                .isEqualTo("SYRELI");
    }

    @Test
    void datedInternationalActors() {
        assertThat(single("Kofi Annan", Optional.of(LocalDate.of(2001, 1, 1))).code())
                .isEqualTo("IGOUNO");
        assertThat(single("Kofi Annan", Optional.of(LocalDate.of(2010, 1, 1))).code())
                .isEqualTo("ELI");
    }

    @Test
    void aLowerCaseCommonWordIsNotACountry() {
        assertThat(lexicon.match(TestSentences.of("roast turkey"), MAY_2019)).isEmpty();
        assertThat(single("Turkey", MAY_2019).code()).isEqualTo("TUR");
    }

    @Test
    void dataQuirksAreReportedNotThrown() {
        assertThat(lexicon.diagnostics())
                .anySatisfy(d -> assertThat(d)
                        .startsWith("Phoenix.Countries.actors.txt:2039: ")
                        .contains("9008223"))
                .anySatisfy(d -> assertThat(d).startsWith("Phoenix.International.actors.txt:3694: "))
                .anySatisfy(d -> assertThat(d).startsWith("Phoenix.agents.txt:1927: "));
    }

    @Test
    void sovietUnionIsACountryCodeFromPhoenix() {
        assertThat(lexicon.isCountryCode("SUN")).isTrue();
        assertThat(lexicon.parts("SUNGOVLEG").agent()).contains("GOV");
        assertThat(lexicon.parts("IGOUNO").country()).isEmpty();
    }
}
