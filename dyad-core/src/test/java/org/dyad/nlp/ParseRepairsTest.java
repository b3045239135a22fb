package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.model.Sentence;
import org.dyad.testkit.Sentences;
import org.junit.jupiter.api.Test;

class ParseRepairsTest {
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
        DependencyTree repaired = new DependencyTree(ParseRepairs.apply(parsed));
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
        assertThat(ParseRepairs.apply(parsed)).isSameAs(parsed);
    }
}
