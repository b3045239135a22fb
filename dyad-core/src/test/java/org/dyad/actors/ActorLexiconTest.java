package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

class ActorLexiconTest {
    private static final String ACTORS = String.join(
            "\n",
            "IRAN_  [IRN]",
            "+ISLAMIC_REPUBLIC_OF_IRAN",
            "TURKEY_  [TUR]",
            "CHAD_  [TCD]",
            "TEHRAN_  [IRNGOV]",
            "NORTH_RIVER_  [AAA]",
            "RIVER_FRONT_  [BBB]",
            "SECRETARY-GENERAL_BAN_KI-MOON_  [IGOUNO]",
            "SYRIA'S_GOVERNMENT  [SYRGOV]",
            "X_  [XXX]",
            "MOHAMMAD_KHATAMI_",
            "+KHATAMI_",
            "\t[IRNGOV 970803-050803]",
            "\t[IRNELI]",
            "HASSAN_ROUHANI_",
            "\t[IRNGOVLEG 19800528-20000526]",
            "\t[IRNGOV >20130804]");
    private static final String AGENTS = String.join(
            "\n", "OFFICIAL [~GOV]", "FOREIGN_MINISTER [~GOVFRM]", "HUMAN_RIGHTS_BODY  [NGO~]", "MILITIA [~UAF]");
    private static final Optional<LocalDate> NO_DATE = Optional.empty();

    private final ActorLexicon lexicon = new ActorLexicon(
            new PhoenixActorReader().read("test.actors.txt", new StringReader(ACTORS)),
            new AgentDictionaryReader().read("test.agents.txt", new StringReader(AGENTS)),
            CountryTable.of(List.of(
                    new Country(
                            "IRN",
                            "Iran",
                            List.of("Iranian"),
                            List.of("Tehran"),
                            List.of("Islamic Republic of Iran"),
                            32,
                            53),
                    new Country("RUS", "Russia", List.of("Russian"), List.of("Moscow"), List.of(), 60, 100),
                    new Country("TUR", "Türkiye", List.of("Turkish"), List.of("Ankara"), List.of("Turkey"), 39, 35))));

    private List<LexiconMatch> match(String tokens) {
        return lexicon.match(TestSentences.of(tokens), NO_DATE);
    }

    private List<LexiconMatch> match(String tokens, LocalDate date) {
        return lexicon.match(TestSentences.of(tokens), Optional.of(date));
    }

    @Test
    void theLongestMatchWins() {
        List<LexiconMatch> matches = match("the Islamic Republic of Iran said");
        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.tokens()).isEqualTo(new Span(1, 5));
            assertThat(m.code()).isEqualTo("IRN");
        });
    }

    @Test
    void theLeftmostWinsAmongEquallyLongOverlappingMatches() {
        assertThat(match("North River Front")).singleElement().satisfies(m -> {
            assertThat(m.tokens()).isEqualTo(new Span(0, 2));
            assertThat(m.code()).isEqualTo("AAA");
        });
    }

    @Test
    void aHyphenSplitByTheTokenizerStillMatches() {
        assertThat(match("Iran - linked militias|militia"))
                .extracting(LexiconMatch::tokens, LexiconMatch::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(new Span(0, 1), "IRN"),
                        org.assertj.core.groups.Tuple.tuple(new Span(3, 4), "~UAF"));
    }

    @Test
    void hyphenatedPhrasesMatchWholeOrSplit() {
        assertThat(match("Secretary-General Ban Ki-moon"))
                .singleElement()
                .satisfies(m -> assertThat(m.tokens()).isEqualTo(new Span(0, 3)));
        assertThat(match("Secretary - General Ban Ki - moon"))
                .singleElement()
                .satisfies(m -> assertThat(m.tokens()).isEqualTo(new Span(0, 7)));
    }

    @Test
    void aPossessiveSplitOffByTheTokenizerStillMatches() {
        assertThat(match("Syria 's government"))
                .singleElement()
                .satisfies(m -> assertThat(m.code()).isEqualTo("SYRGOV"));
    }

    @Test
    void properNamesNeedACapitalButAgentsDoNot() {
        assertThat(match("we ate turkey in Turkey")).singleElement().satisfies(m -> {
            assertThat(m.tokens()).isEqualTo(new Span(4, 5));
            assertThat(m.code()).isEqualTo("TUR");
        });
        assertThat(match("a chad of paper")).isEmpty();
        assertThat(match("Officials|official spoke"))
                .singleElement()
                .satisfies(m -> assertThat(m.code()).isEqualTo("~GOV"));
    }

    @Test
    void agentsMatchOnTheLemma() {
        assertThat(match("Iranian officials|official met"))
                .extracting(LexiconMatch::kind, LexiconMatch::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MatchKind.DEMONYM, "IRN"),
                        org.assertj.core.groups.Tuple.tuple(MatchKind.AGENT, "~GOV"));
        assertThat(match("the foreign ministers|minister")).singleElement().satisfies(m -> {
            assertThat(m.code()).isEqualTo("~GOVFRM");
            assertThat(m.tokens()).isEqualTo(new Span(1, 3));
            assertThat(m.source()).isEqualTo("test.agents.txt:2");
        });
    }

    @Test
    void prefixAgentsAreRenderedWithTheTildeAfter() {
        assertThat(match("a human rights body"))
                .singleElement()
                .satisfies(m -> assertThat(m.code()).isEqualTo("NGO~"));
    }

    @Test
    void aDatedActorGetsTheCodeOfTheDay() {
        assertThat(match("Khatami spoke", LocalDate.of(2000, 1, 1)))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.kind()).isEqualTo(MatchKind.ACTOR);
                    assertThat(m.code()).isEqualTo("IRNGOV");
                    assertThat(m.name()).isEqualTo("Mohammad Khatami");
                    assertThat(m.source()).isEqualTo("test.actors.txt:11");
                });
        assertThat(match("Khatami spoke", LocalDate.of(2010, 1, 1)))
                .singleElement()
                .satisfies(m -> assertThat(m.code()).isEqualTo("IRNELI"));
    }

    @Test
    void anActorWithoutACodeOnTheDayDoesNotMatch() {
        assertThat(match("Hassan Rouhani spoke", LocalDate.of(2005, 1, 1))).isEmpty();
        assertThat(match("Hassan Rouhani spoke", LocalDate.of(2015, 1, 1)))
                .singleElement()
                .satisfies(m -> assertThat(m.code()).isEqualTo("IRNGOV"));
        assertThat(match("Hassan Rouhani spoke"))
                .singleElement()
                .satisfies(m -> assertThat(m.code()).isEqualTo("IRNGOV"));
    }

    @Test
    void theTableKindIsKeptWhenTheActorCodeIsTheSame() {
        assertThat(match("Iran")).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MatchKind.COUNTRY_NAME);
            assertThat(m.source()).isEqualTo("countries.tsv:IRN common_name");
        });
        assertThat(match("Iranians|iranian")).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MatchKind.DEMONYM);
            assertThat(m.name()).isEqualTo("Iran");
            assertThat(m.source()).isEqualTo("countries.tsv:IRN demonym");
        });
        assertThat(match("Moscow")).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MatchKind.CAPITAL);
            assertThat(m.code()).isEqualTo("RUS");
        });
    }

    @Test
    void aMoreSpecificActorBeatsTheTable() {
        assertThat(match("Tehran")).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MatchKind.ACTOR);
            assertThat(m.code()).isEqualTo("IRNGOV");
        });
    }

    @Test
    void oneLetterPhrasesAreSkippedAndReported() {
        assertThat(match("X")).isEmpty();
        assertThat(lexicon.diagnostics()).anySatisfy(d -> assertThat(d).startsWith("test.actors.txt:10: phrase 'X_'"));
    }

    @Test
    void matchesComeInSentenceOrderWithoutOverlap() {
        List<LexiconMatch> matches =
                match("Russian officials|official met Turkish and Iranian foreign ministers|minister in Moscow");
        assertThat(matches)
                .extracting(LexiconMatch::code)
                .containsExactly("RUS", "~GOV", "TUR", "IRN", "~GOVFRM", "RUS");
        for (int i = 1; i < matches.size(); i++) {
            assertThat(matches.get(i).tokens().start())
                    .isGreaterThanOrEqualTo(matches.get(i - 1).tokens().end());
        }
    }

    @Test
    void countryCodesComeFromTheTableAndBarePhoenixCodes() {
        assertThat(lexicon.isCountryCode("RUS")).isTrue();
        assertThat(lexicon.isCountryCode("TCD")).isTrue();
        assertThat(lexicon.isCountryCode("XXX")).isTrue();
        assertThat(lexicon.isCountryCode("IGO")).isFalse();
        assertThat(lexicon.parts("IRNGOV").country()).contains("IRN");
    }
}
