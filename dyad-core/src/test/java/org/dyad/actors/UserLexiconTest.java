package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's actors in the lexicon: they override bundled phrases and carry their patrons into matches. */
class UserLexiconTest {
    private static final String BUNDLED = String.join(
            "\n",
            "BASHAR_AL-ASSAD_",
            "+ASSAD_",
            "\t[SYRGOV]",
            "TEHRAN_  [IRNGOV]",
            "ISLAMIC_REPUBLIC_OF_IRAN_  [IRN]",
            "HASSAN_ROUHANI_",
            "\t[IRNGOVLEG 19800528-20000526]",
            "\t[IRNGOV >20130804]");
    private static final Optional<LocalDate> MAY_2019 = Optional.of(LocalDate.of(2019, 5, 13));

    @TempDir
    Path dir;

    private final ActorLexicon bundled = new ActorLexicon(
            new PhoenixActorReader().read("test.actors.txt", new StringReader(BUNDLED)),
            new AgentDictionaryReader().read("test.agents.txt", new StringReader("OFFICIAL [~GOV]")),
            CountryTable.of(List.of(
                    new Country("IRN", "Iran", List.of("Iranian"), List.of("Tehran"), List.of(), 32, 53),
                    new Country("RUS", "Russia", List.of("Russian"), List.of("Moscow"), List.of(), 60, 100),
                    new Country("SYR", "Syria", List.of("Syrian"), List.of("Damascus"), List.of(), 35, 38))));

    private static ActorDictionary user(String name, String... lines) {
        return new UserActorReader().read(name, new StringReader(String.join("\n", lines)));
    }

    private static List<LexiconMatch> match(ActorLexicon lexicon, String tokens) {
        return lexicon.match(TestSentences.of(tokens), MAY_2019);
    }

    @Test
    void aUserEntryOverridesTheBundledOneForItsPhraseAndCarriesItsPatron() {
        ActorLexicon lexicon = bundled.withUserActors(user("mine.txt", "Bashar al-Assad = SYRMIL patron=IRN"));

        for (String text : List.of("Bashar al-Assad spoke", "Bashar al - Assad spoke", "BASHAR AL-ASSAD spoke")) {
            assertThat(match(lexicon, text)).as(text).first().satisfies(m -> {
                assertThat(m.kind()).isEqualTo(MatchKind.ACTOR);
                assertThat(m.code()).isEqualTo("SYRMIL");
                assertThat(m.patron()).contains("IRN");
                assertThat(m.name()).isEqualTo("Bashar al-Assad");
                assertThat(m.source()).isEqualTo("mine.txt:1");
            });
        }
        assertThat(match(lexicon, "Assad spoke")).singleElement().satisfies(m -> {
            assertThat(m.code()).isEqualTo("SYRGOV"); // a phrase the user did not write stays bundled
            assertThat(m.patron()).isEmpty();
        });
        assertThat(match(bundled, "Bashar al-Assad spoke"))
                .singleElement()
                .satisfies(m -> assertThat(m.code()).isEqualTo("SYRGOV"));
    }

    @Test
    void aUserEntryBeatsTheCountryTableButALongerBundledPhraseStillWins() {
        ActorLexicon lexicon = bundled.withUserActors(user("mine.txt", "Tehran = IRNMIL", "Iran = IRNGOV"));

        assertThat(match(lexicon, "Tehran"))
                .singleElement()
                .satisfies(m -> assertThat(m.code()).isEqualTo("IRNMIL"));
        assertThat(match(lexicon, "Iran")).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MatchKind.ACTOR);
            assertThat(m.code()).isEqualTo("IRNGOV");
        });
        assertThat(match(lexicon, "the Islamic Republic of Iran"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.tokens()).isEqualTo(new Span(1, 5));
                    assertThat(m.code()).isEqualTo("IRN");
                });
    }

    @Test
    void aUserEntryOwnsItsPhraseEvenOnDatesItHasNoCodeFor() {
        ActorLexicon lexicon =
                bundled.withUserActors(user("mine.txt", "Hassan Rouhani = IRNELI ..2013-08-03", "Tehran = ---"));

        assertThat(lexicon.match(TestSentences.of("Hassan Rouhani spoke"), Optional.of(LocalDate.of(2010, 1, 1))))
                .singleElement()
                .satisfies(m -> assertThat(m.code()).isEqualTo("IRNELI"));
        assertThat(match(lexicon, "Hassan Rouhani spoke")).isEmpty();
        assertThat(match(lexicon, "Tehran")).isEmpty();
    }

    @Test
    void caseDoesNotMatterButAFirstWordWrittenWithACapitalMustHaveOneInTheText() {
        ActorLexicon lexicon =
                bundled.withUserActors(user("mine.txt", "Tiger Forces = SYRMIL", "the White Helmets = SYRNGO"));

        assertThat(match(lexicon, "TIGER FORCES attacked"))
                .extracting(LexiconMatch::code)
                .containsExactly("SYRMIL");
        assertThat(match(lexicon, "Tiger forces attacked"))
                .extracting(LexiconMatch::code)
                .containsExactly("SYRMIL");
        assertThat(match(lexicon, "tiger forces attacked")).isEmpty();
        assertThat(match(lexicon, "the white helmets came"))
                .singleElement()
                .satisfies(m -> assertThat(m.tokens()).isEqualTo(new Span(0, 3)));
        assertThat(match(lexicon, "The White Helmets came"))
                .extracting(LexiconMatch::code)
                .containsExactly("SYRNGO");
        assertThat(match(lexicon, "Tiger Forces commanders attacked"))
                .extracting(LexiconMatch::tokens)
                .containsExactly(new Span(0, 2)); // exact phrases: no plural, nothing added
    }

    @Test
    void aLaterUserEntryWinsAndTheClashIsReported() {
        ActorDictionary first = user("first.txt", "Jamil Nadir = SYRMIL");
        ActorDictionary second = user("second.txt", "# newer", "Jamil Nadir | Colonel Nadir = SYRGOV patron=RUS");

        ActorLexicon lexicon = bundled.withUserActors(first.merge(second));

        assertThat(match(lexicon, "Jamil Nadir spoke")).singleElement().satisfies(m -> {
            assertThat(m.code()).isEqualTo("SYRGOV");
            assertThat(m.source()).isEqualTo("second.txt:2");
        });
        assertThat(lexicon.userDiagnostics())
                .singleElement()
                .asString()
                .isEqualTo(
                        "second.txt:2: phrase 'Jamil Nadir' is also in 'Jamil Nadir' at first.txt:1; this later entry is used");
    }

    @Test
    void diagnosticsOfTheUsersFilesAreKeptApartFromTheBundledOnes() {
        ActorLexicon lexicon =
                bundled.withUserActors(user("mine.txt", "Jamil Nadir = SYRMIL patron=XYZ", "broken line"));

        assertThat(lexicon.userDiagnostics())
                .containsExactly(
                        "mine.txt:2: no '=' between the name and the code; line skipped",
                        "mine.txt:1: patron=XYZ is not a country code dyad knows; kept as written");
        assertThat(lexicon.diagnostics()).containsAll(lexicon.userDiagnostics()).containsAll(bundled.diagnostics());
        assertThat(bundled.userDiagnostics()).isEmpty();
        assertThat(match(lexicon, "Jamil Nadir"))
                .singleElement()
                .satisfies(m -> assertThat(m.patron()).contains("XYZ"));
    }

    @Test
    void newUserActorsReplaceTheOldOnes() {
        ActorLexicon lexicon = bundled.withUserActors(user("a.txt", "Jamil Nadir = SYRMIL"))
                .withUserActors(user("b.txt", "Walid Qassem = SYRMIL"));

        assertThat(match(lexicon, "Jamil Nadir")).isEmpty();
        assertThat(match(lexicon, "Walid Qassem")).hasSize(1);
    }

    @Test
    void loadReadsTheUsersFilesAfterTheBundledDictionaries() throws IOException {
        Path simple = Files.writeString(
                dir.resolve("people.txt"), "Colonel Jamil Nadir = SYRMIL patron=RUS\nnot a line\nTehran = IRNMIL\n");
        Path phoenix = Files.writeString(dir.resolve("groups.actors.txt"), "TIGER_FORCES_ [SYRMIL]\n");

        ActorLexicon lexicon = ActorLexicon.load(List.of(simple, phoenix));

        assertThat(match(lexicon, "Colonel Jamil Nadir spoke")).singleElement().satisfies(m -> {
            assertThat(m.code()).isEqualTo("SYRMIL");
            assertThat(m.patron()).contains("RUS");
            assertThat(m.source()).isEqualTo(simple + ":1");
        });
        assertThat(match(lexicon, "Tehran"))
                .singleElement()
                .satisfies(m -> assertThat(m.code()).isEqualTo("IRNMIL"));
        assertThat(match(lexicon, "the Tiger Forces"))
                .singleElement()
                .satisfies(m -> assertThat(m.source()).isEqualTo(phoenix + ":1"));
        assertThat(lexicon.userDiagnostics())
                .containsExactly(simple + ":2: no '=' between the name and the code; line skipped");
    }
}
