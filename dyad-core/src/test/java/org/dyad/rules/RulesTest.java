package org.dyad.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.dyad.nlp.DependencyTree;
import org.dyad.testkit.Sentences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interpreter on hand-built trees: paths, conditions, modes, calls, recursion and the user's files. */
class RulesTest {
    /** "Israel has taken advantage and sided with Russia ." */
    private static final DependencyTree SIDED = new DependencyTree(Sentences.of("""
            1 Israel Israel NNP LOCATION 3 nsubj
            2 has have VBZ O 3 aux
            3 taken take VBN O 0 root
            4 advantage advantage NN O 3 obj
            5 and and CC O 6 cc
            6 sided side VBD O 3 conj
            7 with with IN O 8 case
            8 Russia Russia NNP LOCATION 6 obl
            9 . . . O 3 punct
            """));

    @TempDir
    java.nio.file.Path dir;

    private static Rules rules(String text) {
        return Rules.of(
                List.of(RuleReader.read("t.rules", text)), WordClasses.parse("c.txt", "@with with to\n", Map.of()));
    }

    @Test
    void firstTakesTheFirstAlternativeThatFindsAnyAndAllPutsThemTogether() {
        Rules r = rules("""
                select subj first
                  >nsubj
                  < {subj}
                select around all
                  >obl [case:@with]
                  >cc
                  <
                select up first
                  <
                """);

        assertThat(r.select("subj", SIDED, 5)).containsExactly(0); // sided -> taken -> Israel
        assertThat(r.select("around", SIDED, 5)).containsExactly(7, 4, 2);
        assertThat(r.select("up", SIDED, 2)).isEmpty(); // the root's head is nobody
    }

    @Test
    void conditionsTestWordsLemmasRelationsCaseMarkersAndTheAskedToken() {
        Rules r = rules("""
                select x all
                  >* [lemma:advantage|nothing]
                  >* [word:ISRAEL]
                  >* [rel:aux]
                  >* [relation:obj]
                  >conj [has >obl [case:with]] >* [!self, case:-, !rel:cc|punct]
                """);

        assertThat(r.select("x", SIDED, 2)).containsExactly(3, 0, 1, 3);
    }

    @Test
    void groupsTakeEveryBranchOrTheFirstThatFindsAny() {
        Rules r = rules("""
                select every all
                  (>nsubj | >obj | >nsubj)
                select firstOf all
                  (>iobj / >obj / >nsubj)
                """);

        assertThat(r.select("every", SIDED, 2)).containsExactly(0, 3, 0);
        assertThat(r.select("firstOf", SIDED, 2)).containsExactly(3);
    }

    @Test
    void aSelectorThatCallsItselfIsCutOffAndDepthCountsItsOwnCalls() {
        Rules r = rules("""
                select loop first
                  {loop}
                  >nsubj
                select deep first
                  [depth<=1] {deep}
                  [depth<=1] >obj
                  >nsubj
                """);

        assertThat(r.select("loop", SIDED, 2)).containsExactly(0); // the loop ends; the next alternative answers
        // Called twice over, the third call is too deep for the first two alternatives: the subject.
        // Were depth not counted, the calls would run into the guard and the object would come back.
        assertThat(r.select("deep", SIDED, 2)).containsExactly(0);
    }

    @Test
    void theTriggerConditionKnowsTheEventsOwnWords() {
        Rules r = rules("""
                select modifiers all
                  >* [!trigger, !rel:punct|cc|aux]
                """);

        assertThat(r.select("modifiers", SIDED, 2, List.of(3))).containsExactly(0, 5);
    }

    @Test
    void referencesToUndefinedSelectorsAndClassesAreDiagnostics() {
        Rules r = rules("""
                select x first
                  {nowhere}
                  >obl [case:@nothing]
                """);

        assertThat(r.diagnostics())
                .containsExactly(
                        "t.rules:2: selector {nowhere} is not defined (in selector x)",
                        "t.rules:3: word class @nothing is not defined (in selector x)");
    }

    @Test
    void aUsersFileReplacesSelectorsAndClassesByNameAndKeepsItsOwnDiagnostics() throws IOException {
        Rules bundled = rules("""
                select target first
                  >obl [case:@with]
                """);
        java.nio.file.Path mine = Files.writeString(dir.resolve("mine.rules"), """
                @with with to from
                select extra first
                  {missing}
                """);

        Rules r = bundled.withUserFiles(List.of(mine));

        assertThat(r.select("target", SIDED, 5)).containsExactly(7);
        assertThat(r.wordClasses().contains("with", "from")).isTrue();
        assertThat(r.userFiles()).containsExactly(mine.toString());
        assertThat(r.userDiagnostics())
                .containsExactly(mine + ":3: selector {missing} is not defined (in selector extra)");
        assertThat(bundled.wordClasses().contains("with", "from")).isFalse();
    }

    @Test
    void aMissingOrBinaryUserFileIsAnError() throws IOException {
        Rules r = rules("select x first\n  >obj\n");
        java.nio.file.Path binary = Files.write(dir.resolve("b.rules"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});

        assertThatThrownBy(() -> r.withUserFiles(List.of(dir.resolve("none.rules"))))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("no such file");
        assertThatThrownBy(() -> r.withUserFiles(List.of(binary)))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void theBundledRulesReadWithoutAProblem() {
        Rules bundled = Rules.loadBundled();

        assertThat(bundled.diagnostics()).isEmpty();
        assertThat(bundled.selectors()).isNotEmpty();
    }
}
