package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule-case format: what a case holds, and mistakes that fail with their file and line. */
class RuleCaseReaderTest {
    private static final String SENTENCE = "  1 Iran Iran NNP LOCATION 2 nsubj\n  2 warned warn VBD O 0 root\n";

    private static List<RuleCase> read(String text) {
        return RuleCaseReader.read("t.cases", text.lines().toList());
    }

    @Test
    void aCaseHoldsItsSentencesPatternLinesAndChecks() {
        List<RuleCase> cases = read("# a comment\n\ncase warning\n" + SENTENCE + "sentence\n" + SENTENCE
                + "patterns my.txt\n  |\n  | verb warn = 131\nexpect\n  no events\n  codes 130\n");

        assertThat(cases).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("warning");
            assertThat(c.where()).isEqualTo("t.cases:3");
            assertThat(c.sentences()).hasSize(2);
            assertThat(c.patterns()).singleElement().satisfies(p -> {
                assertThat(p.name()).isEqualTo("my.txt");
                assertThat(p.lines()).containsExactly("", "verb warn = 131");
            });
            assertThat(c.checks()).hasSize(2);
        });
    }

    @Test
    void mistakesNameTheirFileAndLine() {
        assertThatThrownBy(() -> read("case a\n" + SENTENCE + "expect\n  events two\n"))
                .hasMessageStartingWith("t.cases:5: cannot read the expectation");
        assertThatThrownBy(() -> read("case a\n" + SENTENCE + "expect\n  event 1: colour=red\n"))
                .hasMessageStartingWith("t.cases:5: unknown field 'colour'");
        assertThatThrownBy(() -> read("case a\n" + SENTENCE + "patterns my.txt\n  verb warn = 131\n"))
                .hasMessageStartingWith("t.cases:5: a pattern file's line starts with '|'");
        assertThatThrownBy(() -> read("case a\n" + SENTENCE + "expected\n"))
                .hasMessageStartingWith("t.cases:4: unknown keyword 'expected'");
        assertThatThrownBy(() -> read("case a\n" + SENTENCE))
                .hasMessageStartingWith("t.cases:1: case 'a' expects nothing");
        assertThatThrownBy(() -> read("case a\n" + SENTENCE + "expect\n  no events\ncase a\n" + SENTENCE))
                .hasMessageStartingWith("t.cases:6: a second case named 'a'");
    }
}
