package org.dyad.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading rule files: blocks, alternatives, examples and classes; bad lines named and skipped. */
class RuleReaderTest {
    @Test
    void readsSelectorsWithTheirAlternativesExamplesAndLines() {
        RuleFile f = RuleReader.read("my.rules", """
                # who did it
                select doer first "the one who did it"
                  >nsubj first
                  # a comment between alternatives
                  < {doer}
                  example Israel has [sided] with Russia => Israel
                @helpers aid assist  support
                select helped all
                  >obj
                """);

        assertThat(f.diagnostics()).isEmpty();
        assertThat(f.selectors()).extracting(Selector::name).containsExactly("doer", "helped");
        Selector doer = f.selectors().get(0);
        assertThat(doer.mode()).isEqualTo(Selector.Mode.FIRST);
        assertThat(doer.description()).isEqualTo("the one who did it");
        assertThat(doer.location()).isEqualTo("my.rules:2");
        assertThat(doer.alternatives())
                .extracting(Selector.Alternative::location)
                .containsExactly("my.rules:3", "my.rules:5");
        assertThat(doer.examples()).singleElement().satisfies(e -> {
            assertThat(e.anchor()).isEqualTo("sided");
            assertThat(e.text()).isEqualTo("Israel has sided with Russia");
            assertThat(e.expected()).containsExactly("Israel");
        });
        assertThat(f.classes().get("helpers")).containsExactlyInAnyOrder("aid", "assist", "support");
        assertThat(f.selectors().get(1).mode()).isEqualTo(Selector.Mode.ALL);
    }

    @Test
    void parsesEveryKindOfStep() throws MalformedRule {
        Path p = PathParser.parse(
                ">obl|obl:agent [case:by|@near|-, !has >aux:pass, lemma:take] (>nmod | {x}) (<xcomp / <) before first [first]");

        assertThat(p.steps()).hasSize(7);
        assertThat(p.steps().get(0)).isEqualTo(new Step.Children(new Relations(List.of("obl", "obl:agent"))));
        Step.Filter filter = (Step.Filter) p.steps().get(1);
        assertThat(filter.conditions()).hasSize(3);
        assertThat(filter.conditions().get(1)).isInstanceOf(Condition.Not.class);
        Condition.Attribute cases = (Condition.Attribute) filter.conditions().get(0);
        assertThat(cases.values().literals()).containsExactly("by");
        assertThat(cases.values().classes()).containsExactly("near");
        assertThat(cases.values().none()).isTrue();
        assertThat(((Step.Group) p.steps().get(2)).firstOnly()).isFalse();
        assertThat(((Step.Group) p.steps().get(3)).firstOnly()).isTrue();
        assertThat(p.steps().get(4)).isInstanceOf(Step.Before.class);
        assertThat(p.steps().get(5)).isInstanceOf(Step.First.class);
        assertThat(p.steps().get(6)).isInstanceOf(Step.First.class);
    }

    @Test
    void eachBadLineIsOneDiagnosticWithFileAndLineAndTheGoodOnesAreKept() {
        RuleFile f = RuleReader.read("my.rules", """
                select ok first
                  >nsubj
                  >obj [lemma:]
                  >obj [colour:red]
                  (>obj | >iobj
                  >iobj
                select broken sometimes
                  >obj
                  >nsubj
                  example no brackets here => x
                nonsense line
                @ bad class
                """);

        assertThat(f.selectors())
                .singleElement()
                .satisfies(s -> assertThat(s.alternatives())
                        .extracting(Selector.Alternative::text)
                        .containsExactly(">nsubj", ">iobj"));
        assertThat(f.diagnostics())
                .containsExactly(
                        "my.rules:3: a condition has no value at column 13; line skipped",
                        "my.rules:4: unknown condition 'colour'; line skipped",
                        "my.rules:5: '(' without ')'; line skipped",
                        "my.rules:7: 'select broken' wants 'first' or 'all', not 'sometimes'; block skipped",
                        "my.rules:11: a line must start 'select NAME first|all', '@class' or be indented under a select; block skipped",
                        "my.rules:12: not a word class (want '@name word word ...'); line skipped");
    }

    @Test
    void aDiagnosticIsOneLineWhateverTheLineHolds() {
        RuleFile f = RuleReader.read("my.rules", "select x first\n  >obj [lemma:\u2028]\u0085\n");

        assertThat(f.diagnostics()).isNotEmpty().allSatisfy(d -> org.dyad.testing.OneLineAssert.assertOneLine(d, d));
    }
}
