package org.dyad.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.model.Sentence;
import org.dyad.nlp.DependencyTree;
import org.dyad.rules.Rules;
import org.dyad.rules.Selector;
import org.dyad.stage.ParseRepairs;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example the bundled rule files give, parsed by CoreNLP and checked: asked about the word in
 * brackets, the selector finds the words the example names. A rule file's examples are its tests.
 */
class RuleExamplesIT {
    private static final Rules RULES = Rules.loadBundled();

    @TestFactory
    Stream<DynamicTest> everyExampleHolds() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Selector s : RULES.selectors()) {
            for (Selector.Example e : s.examples()) {
                tests.add(DynamicTest.dynamicTest(
                        e.file() + ":" + e.line() + " " + s.name() + ": " + e.sentence(), () -> check(s, e)));
            }
        }
        assertThat(tests).as("examples in the bundled rules").isNotEmpty();
        return tests.stream();
    }

    private static void check(Selector s, Selector.Example e) {
        // The repairs' selectors are asked of the tree as parsed, every other one of the tree as repaired.
        List<Sentence> sentences = ParseRepairs.SELECTORS.contains(s.name())
                ? SharedPipeline.annotator().annotate(e.text())
                : SharedPipeline.sentences(e.text());
        assertThat(sentences).as("one sentence").hasSize(1);
        DependencyTree tree = new DependencyTree(sentences.get(0));
        int anchor = anchor(tree, e);
        List<String> found = RULES.select(s.name(), tree, anchor).stream()
                .map(t -> tree.token(t).word())
                .toList();
        assertThat(found)
                .as("%s at %s asked about '%s' in \"%s\"", s.name(), e.file() + ":" + e.line(), e.anchor(), e.text())
                .containsExactlyElementsOf(e.expected());
    }

    /** The token of the bracketed word: its occurrence among the tokens with that word. */
    private static int anchor(DependencyTree tree, Selector.Example e) {
        int seen = 0;
        for (int t = 0; t < tree.size(); t++) {
            if (tree.token(t).word().equals(e.anchor())) {
                if (seen == e.anchorOccurrence()) {
                    return t;
                }
                seen++;
            }
        }
        throw new AssertionError(e.file() + ":" + e.line() + ": no token '" + e.anchor() + "' in the parse");
    }
}
