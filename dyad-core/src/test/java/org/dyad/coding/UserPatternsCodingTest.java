package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.coding.Decision.Outcome;
import org.dyad.format.EventLine;
import org.dyad.model.Sentence;
import org.dyad.testkit.Sentences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's own patterns ({@code --patterns}) taking effect in coding: each sentence is coded
 * without them and with them, and the two must differ as the user's lines say.
 */
class UserPatternsCodingTest {
    private static final Sentence ACCUSED = Sentences.of("""
            1 Iranian Iranian JJ MISC 2 amod
            2 operatives operative NNS O 3 nsubj
            3 accused accuse VBD O 0 root
            4 Syrian Syrian JJ MISC 5 amod
            5 officials official NNS O 3 obj
            6 . . . O 3 punct
            """);
    private static final Sentence HIJACKINGS = Sentences.of("""
            1 Iraqi Iraqi JJ MISC 2 amod
            2 hijackings hijacking NNS O 3 nsubj
            3 continued continue VBD O 0 root
            4 . . . O 3 punct
            """);
    private static final Sentence AIR_STRIKES = Sentences.of("""
            1 Israeli Israeli JJ MISC 3 amod
            2 air air NN O 3 compound
            3 strikes strike NNS O 4 nsubj
            4 hit hit VBD O 0 root
            5 . . . O 4 punct
            """);
    private static final Sentence WARNED = Sentences.of("""
            1 Iran Iran NNP LOCATION 2 nsubj
            2 warned warn VBD O 0 root
            3 Israel Israel NNP LOCATION 2 obj
            4 of of IN O 5 case
            5 consequences consequence NNS O 2 obl
            6 . . . O 2 punct
            """);
    private static final Sentence SIDED = Sentences.of("""
            1 Israel Israel NNP LOCATION 2 nsubj
            2 sided side VBD O 0 root
            3 with with IN O 4 case
            4 Russia Russia NNP LOCATION 2 obl
            5 . . . O 2 punct
            """);

    private static final Sentence LAMBASTED = Sentences.of("""
            1 Iran Iran NNP LOCATION 2 nsubj
            2 lambasted lambaste VBD O 0 root
            3 Israel Israel NNP LOCATION 2 obj
            4 . . . O 2 punct
            """);
    private static final Sentence AGREED = Sentences.of("""
            1 Israel Israel NNP LOCATION 2 nsubj
            2 agreed agree VBD O 0 root
            3 to to IN O 5 case
            4 a a DT O 5 det
            5 truce truce NN O 2 obl
            6 with with IN O 7 case
            7 Russia Russia NNP LOCATION 2 obl
            8 . . . O 2 punct
            """);
    private static final Sentence INSPECTORS = Sentences.of("""
            1 Iran Iran NNP LOCATION 2 nsubj
            2 withdrew withdraw VBD O 0 root
            3 its its PRP$ O 5 nmod:poss
            4 weapons weapon NNS O 5 compound
            5 inspectors inspector NNS O 2 obj
            6 from from IN O 7 case
            7 Syria Syria NNP LOCATION 2 obl
            8 . . . O 2 punct
            """);
    private static final Sentence WEAPONS = Sentences.of("""
            1 Iran Iran NNP LOCATION 2 nsubj
            2 withdrew withdraw VBD O 0 root
            3 its its PRP$ O 4 nmod:poss
            4 weapons weapon NNS O 2 obj
            5 from from IN O 6 case
            6 Syria Syria NNP LOCATION 2 obl
            7 . . . O 2 punct
            """);

    @TempDir
    Path dir;

    private final CodingFixture bundled = new CodingFixture();

    @Test
    void aUserNounPhraseBecomesAnEventAndNamesItsLine() throws IOException {
        CodingFixture user = withPatterns("# my nouns", "noun hijacking = 181");

        assertThat(bundled.code(HIJACKINGS).events()).isEmpty();
        assertThat(user.code(HIJACKINGS).events()).singleElement().satisfies(e -> {
            assertThat(e.code().cameo()).isEqualTo("181");
            assertThat(e.trigger().text()).startsWith("hijackings");
            assertThat(e.source().orElseThrow().actor().code()).isEqualTo("IRQ");
            assertThat(e.entries()).contains(dir.resolve("my.txt") + ":2");
        });
    }

    @Test
    void aUserNounPhraseWinsOverTheBundledOneAndTheNullCodeSilencesIt() throws IOException {
        CodingFixture recoded = withPatterns("noun air strike = 190");
        CodingFixture silenced = withPatterns("noun air strike = ---");

        assertThat(codes(bundled.code(AIR_STRIKES))).containsExactly("195");
        assertThat(codes(recoded.code(AIR_STRIKES))).containsExactly("190");
        assertThat(silenced.code(AIR_STRIKES).events()).isEmpty();
    }

    @Test
    void aUserVerbCodeOverridesTheDictionaryAndTheNullCodeSilencesTheVerb() throws IOException {
        CodingFixture recoded = withPatterns("verb accuse = 111");
        CodingFixture silenced = withPatterns("verb accuse = ---");

        assertThat(lines(bundled.code(ACCUSED)))
                .containsExactly("[s1] IRN -112-> SYR \"accused\" asserted @- 2019-05-13");
        assertThat(lines(recoded.code(ACCUSED)))
                .containsExactly("[s1] IRN -111-> SYR \"accused\" asserted @- 2019-05-13");
        SentenceCoding quiet = silenced.code(ACCUSED);
        assertThat(quiet.events()).isEmpty();
        assertThat(quiet.decisions())
                .filteredOn(d -> d.word().equals("accused"))
                .singleElement()
                .satisfies(d -> assertThat(d.outcome()).isEqualTo(Outcome.NULL_CODE));
    }

    @Test
    void aUserMultiWordVerbOverridesTheDictionarysAndTheEvidenceNamesTheUsersLine() throws IOException {
        CodingFixture user = withPatterns("", "verb side with = 051   # endorse, not just cooperate");

        assertThat(codes(bundled.code(SIDED))).containsExactly("050");
        assertThat(user.code(SIDED).events()).singleElement().satisfies(e -> {
            assertThat(e.code().cameo()).isEqualTo("051");
            assertThat(e.trigger().text()).isEqualTo("sided with");
            assertThat(e.entries()).contains(dir.resolve("my.txt") + ":2 SIDE [SIDE_WITH]");
        });
    }

    @Test
    void aUserPatternGivesItsCodeWhereItMatchesAndOnlyThere() throws IOException {
        CodingFixture user = withPatterns("verb warn * (of consequences) = 131");

        assertThat(codes(bundled.code(WARNED))).containsExactly("130");
        assertThat(user.code(WARNED).events()).singleElement().satisfies(e -> {
            assertThat(e.code().cameo()).isEqualTo("131");
            assertThat(e.entries()).contains(dir.resolve("my.txt") + ":1 pattern");
        });
        assertThat(codes(user.code(SIDED))).containsExactly("050");
    }

    @Test
    void aNewVerbWithOnlyPatternsGivesNoEventWhereNoneMatches() throws IOException {
        CodingFixture user = withPatterns("verb lambaste * (over talks) = 111");

        assertThat(bundled.code(LAMBASTED).decisions())
                .filteredOn(d -> d.word().equals("lambasted"))
                .extracting(Decision::outcome)
                .containsExactly(Outcome.NO_ENTRY);
        SentenceCoding coding = user.code(LAMBASTED);
        assertThat(coding.events()).isEmpty();
        assertThat(coding.decisions())
                .filteredOn(d -> d.word().equals("lambasted"))
                .extracting(Decision::outcome)
                .containsExactly(Outcome.NULL_CODE);
    }

    @Test
    void ofTwoEquallySpecificPatternsTheUsersWinsWithOrWithoutACodeForTheVerb() throws IOException {
        CodingFixture patternOnly = withPatterns("verb agree * (to truce) = 036");
        CodingFixture withCode = withPatterns("verb agree = 050", "verb agree * (to truce) = 036");

        assertThat(codes(bundled.code(AGREED))).containsExactly("0356");
        assertThat(codes(patternOnly.code(AGREED))).containsExactly("036");
        assertThat(codes(withCode.code(AGREED))).containsExactly("036");
    }

    @Test
    void ofTwoEquallySpecificPatternsTheOneOnTheObjectsHeadWinsOverOneOnAModifier() throws IOException {
        // The verb's patterns are tried in order, so without the head rule "weapons" would decide.
        CodingFixture user = withPatterns(
                "verb withdraw = 0874", "verb withdraw * weapon = 0873", "verb withdraw * inspector = 1662");

        assertThat(codes(user.code(INSPECTORS))).containsExactly("1662");
        assertThat(codes(user.code(WEAPONS))).containsExactly("0873");
    }

    @Test
    void anEventNounThePatternNamesIsTheVerbsEventNotASecondOne() throws IOException {
        CodingFixture user = withPatterns("verb suspend * talk = 164");
        Sentence halted = Sentences.of("""
                1 Hungary Hungary NNP LOCATION 2 nsubj
                2 suspended suspend VBD O 0 root
                3 talks talk NNS O 2 obj
                4 with with IN O 5 case
                5 Serbia Serbia NNP LOCATION 3 nmod
                6 . . . O 2 punct
                """);

        assertThat(codes(bundled.code(halted))).containsExactly("040");
        SentenceCoding coding = user.code(halted);
        assertThat(codes(coding)).containsExactly("164");
        assertThat(coding.decisions())
                .filteredOn(d -> d.word().equals("talks"))
                .extracting(Decision::outcome)
                .containsExactly(Outcome.EMBEDDED);
    }

    private CodingFixture withPatterns(String... lines) throws IOException {
        return new CodingFixture(List.of(Files.write(dir.resolve("my.txt"), List.of(lines))));
    }

    private static List<String> codes(SentenceCoding coding) {
        return coding.events().stream().map(e -> e.code().cameo()).toList();
    }

    private static List<String> lines(SentenceCoding coding) {
        return coding.events().stream().map(EventLine::render).toList();
    }
}
