package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.dyad.eval.Events.event;
import static org.dyad.eval.ScorerTest.gold;
import static org.dyad.eval.ScorerTest.score;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The score of an exhaustive gold file, which lists every event of its articles: precision, core
 * recall and F1 at the end of the summary line and in the JSON, as {@code score_events.py} gives them.
 */
class ExhaustiveScoreTest {
    private static final String EVENTS = "\"events\": [{\"sentence\": \"struck\"}, {\"sentence\": \"accused\"},"
            + " {\"sentence\": \"warned\", \"level\": \"stretch\"}]";
    private static final Events STRUCK = event("a", "Israel struck Iran.", "190", "ASSAULT", "ISR/ISR", "IRN/IRN");
    private static final Events TALKS = event("a", "The talks went on.", "010", null, "ISR/ISR", "IRN/IRN");

    private static String json(Score s) {
        return GoldReportJson.toJson(new GoldReport(s, Confusion.of(s.outcomes()), List.of()));
    }

    @Test
    void theSummaryLineEndsWithPrecisionCoreRecallAndTheirF1() {
        Score s = score(gold("{\"exhaustive\": true, " + EVENTS + "}"), STRUCK, TALKS, TALKS);

        assertThat(s.exhaustive()).isTrue();
        // precision 1/3 and core recall 1/2: F1 = 2 * 1/3 * 1/2 / (1/3 + 1/2) = 0.4
        assertThat(s.f1()).isCloseTo(0.4, within(1e-12));
        assertThat(s.summaryLine())
                .isEqualTo("score: core 1/2, stretch 0/1; coded 3, matched 1, precision~0.33, boilerplate events 0;"
                        + " exhaustive: precision 0.33, core recall 0.50, F1 0.40");
    }

    @Test
    void theJsonAddsExhaustivePrecisionAndF1AfterTheScriptsOtherKeys() {
        Score s = score(gold("{\"exhaustive\": true, " + EVENTS + "}"), STRUCK, TALKS, TALKS);

        assertThat(json(s))
                .contains("\"core_recall\":0.5,\"boilerplate_events\":0,"
                        + "\"exhaustive\":true,\"precision\":0.333,\"f1\":0.4,\"summary\":\"score: ");
    }

    @Test
    void nothingCodedGivesZerosNotADivisionByZero() {
        Score s = score(gold("{\"exhaustive\": 1, " + EVENTS + "}"));

        assertThat(s.f1()).isZero();
        assertThat(s.summaryLine())
                .isEqualTo("score: core 0/2, stretch 0/1; coded 0, matched 0, precision~0.00, boilerplate events 0;"
                        + " exhaustive: precision 0.00, core recall 0.00, F1 0.00");
        assertThat(json(s)).contains("\"exhaustive\":true,\"precision\":0.0,\"f1\":0.0,");
    }

    @Test
    void aGoldFileNotMarkedExhaustiveKeepsTheLineAndKeysOfBefore() {
        for (String head : List.of("", "\"exhaustive\": false, ", "\"exhaustive\": null, ")) {
            Score s = score(gold("{" + head + EVENTS + "}"), STRUCK, TALKS, TALKS);

            assertThat(s.exhaustive()).as(head).isFalse();
            assertThat(s.summaryLine())
                    .isEqualTo(
                            "score: core 1/2, stretch 0/1; coded 3, matched 1, precision~0.33, boilerplate events 0");
            assertThat(json(s))
                    .contains("\"boilerplate_events\":0,\"summary\":")
                    .doesNotContain("exhaustive", "\"f1\"", "\"precision\"");
        }
    }

    @Test
    void aFileOfManyArticlesIsMarkedAtItsTop() {
        GoldFile g = gold("{\"exhaustive\": true, \"articles\": [{\"id\": \"a\", " + EVENTS + "}]}");

        assertThat(g.exhaustive()).isTrue();
        assertThat(score(g, STRUCK).summaryLine()).endsWith("; exhaustive: precision 1.00, core recall 0.50, F1 0.67");
    }
}
