package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.model.Sentence;
import org.dyad.nlp.DependencyTree;
import org.dyad.rules.Rules;
import org.dyad.stage.ParseRepairs;
import org.dyad.testkit.Sentences;
import org.junit.jupiter.api.Test;

/** The two parse repairs, on hand-built parses: when each applies and what it rewrites. */
class ParseRepairsTest {
    private static final ParseRepairs REPAIRS = new ParseRepairs(Rules.loadBundled());

    @Test
    void anObjectTheDayBeforeItSwallowedIsTheVerbsAgain() {
        Sentence parsed = Sentences.of("""
                1 Beirut Beirut NNP LOCATION 2 nsubj
                2 rejected reject VBD O 0 root
                3 Thursday Thursday NNP DATE 2 obl:tmod
                4 an a DT O 5 det
                5 appeal appeal NN O 3 dep
                6 . . . O 2 punct
                """);
        DependencyTree repaired = new DependencyTree(REPAIRS.repair(parsed));
        assertThat(repaired.parent(4)).isEqualTo(1);
        assertThat(repaired.relation(4)).isEqualTo("obj");
        assertThat(repaired.relation(2)).isEqualTo("obl:tmod");
    }

    @Test
    void aVerbWithAnObjectKeepsItsParse() {
        Sentence parsed = Sentences.of("""
                1 Beirut Beirut NNP LOCATION 2 nsubj
                2 rejected reject VBD O 0 root
                3 it it PRP O 2 obj
                4 Thursday Thursday NNP DATE 2 obl:tmod
                5 evening evening NN O 4 dep
                6 . . . O 2 punct
                """);
        assertThat(REPAIRS.repair(parsed)).isSameAs(parsed);
    }

    @Test
    void aGerundReadAsItsObjectsAdjectiveIsAClauseAgain() {
        Sentence parsed = Sentences.of("""
                1 Iranian Iranian JJ MISC 2 amod
                2 officials official NNS O 3 nsubj
                3 accused accuse VBD O 0 root
                4 Russia Russia NNP LOCATION 3 obj
                5 of of IN O 7 case
                6 supplying supply VBG O 7 amod
                7 weapons weapon NNS O 3 obl
                8 . . . O 3 punct
                """);
        DependencyTree repaired = new DependencyTree(REPAIRS.repair(parsed));
        assertThat(repaired.parent(5)).isEqualTo(2);
        assertThat(repaired.relation(5)).isEqualTo("advcl");
        assertThat(repaired.parent(4)).isEqualTo(5);
        assertThat(repaired.relation(4)).isEqualTo("mark");
        assertThat(repaired.parent(6)).isEqualTo(5);
        assertThat(repaired.relation(6)).isEqualTo("obj");
    }

    @Test
    void anAdjectivalParticipleBeforeANameStays() {
        Sentence parsed = Sentences.of("""
                1 troops troop NNS O 0 root
                2 from from IN O 4 case
                3 neighboring neighbor VBG O 4 amod
                4 countries country NNS O 1 nmod
                5 and and CC O 8 cc
                6 from from IN O 8 case
                7 neighboring neighbor VBG O 8 amod
                8 Lebanon Lebanon NNP LOCATION 4 conj
                """);
        assertThat(REPAIRS.repair(parsed)).isSameAs(parsed);
    }

    @Test
    void aUsersRuleFileChangesWhichParticiplesAreAdjectives() throws Exception {
        Sentence parsed = Sentences.of("""
                1 officials official NNS O 2 nsubj
                2 accused accuse VBD O 0 root
                3 Russia Russia NNP LOCATION 2 obj
                4 of of IN O 6 case
                5 supplying supply VBG O 6 amod
                6 weapons weapon NNS O 2 obl
                """);
        Path mine = Files.createTempFile("repairs", ".rules");
        Files.writeString(mine, "@adjectival_participles supplying\n");
        try {
            ParseRepairs user = new ParseRepairs(Rules.loadBundled().withUserFiles(List.of(mine)));
            assertThat(user.repair(parsed)).isSameAs(parsed);
            assertThat(REPAIRS.repair(parsed)).isNotSameAs(parsed);
        } finally {
            Files.delete(mine);
        }
    }

    @Test
    void aPrepositionThatIsNotRightBeforeTheGerundLeavesTheParse() {
        // "of the supplying weapons": the selector finds "of", but the word before the gerund is "the".
        Sentence parsed = Sentences.of("""
                1 officials official NNS O 2 nsubj
                2 accused accuse VBD O 0 root
                3 Russia Russia NNP LOCATION 2 obj
                4 of of IN O 7 case
                5 the the DT O 7 det
                6 supplying supply VBG O 7 amod
                7 weapons weapon NNS O 2 obl
                """);
        assertThat(REPAIRS.repair(parsed)).isSameAs(parsed);
    }
}
