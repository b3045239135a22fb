package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.eval.Events.event;
import static org.dyad.eval.ScorerTest.gold;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

/**
 * What {@code dyad eval} says beyond the score: the coded events no gold event took, grouped by
 * trigger lemma and rule, and precision by confidence band.
 */
class UnmatchedAndConfidenceTest {
    private static final GoldFile GOLD = gold("{\"exhaustive\": true, \"articles\": [{\"id\": \"a\", \"events\": ["
            + "{\"sentence\": \"struck\", \"cameo_root\": [\"19\"]}]}, {\"id\": \"b\", \"events\": []}]}");
    private static final String CALL = "verb CALL in block CALL (block code) -> 041; active: subject is the source";
    private static final String STRIKE =
            "verb STRIKE in block ATTACK (block code) -> 190; active: subject is the source";

    /** {@code e} with another rule and confidence: the scorer's events all share one of each. */
    private static Event ruled(Events e, String rule, double confidence) {
        Event x = e.build();
        return new Event(
                x.eventId(),
                x.articleId(),
                x.sentenceIndex(),
                x.sentence(),
                x.trigger(),
                x.source(),
                x.target(),
                x.symmetric(),
                x.code(),
                x.status(),
                x.negated(),
                x.attribution(),
                x.when(),
                x.where(),
                confidence,
                rule,
                x.entries(),
                x.provenance());
    }

    private static Score score(Event... events) {
        return new Scorer(Roles.NONE).score(GOLD, List.of(events));
    }

    private static final Event HIT =
            ruled(event("a", "Israel struck Iran.", "190", "ASSAULT", "ISR", "IRN"), STRIKE, 0.95);
    private static final Event CALL_A =
            ruled(event("a", "Israel called Iran.", "041", "CONSULT", "ISR", "IRN"), CALL, 0.95);
    private static final Event CALL_B =
            ruled(event("b", "Iran called it a lie.", "041", "CONSULT", "IRN", ""), CALL, 0.6);
    private static final Event STRIKE_B =
            ruled(event("b", "A strike closed ports.", "190", "ASSAULT", "", "PRT"), STRIKE, 0.55);
    private static final Event ELSEWHERE =
            ruled(event("c", "Not in the gold.", "190", "ASSAULT", "", "PRT"), STRIKE, 0.55);

    @Test
    void theUnmatchedEventsAreTheCodedOnesOfTheGoldsArticlesThatNoGoldEventTook() {
        Score s = score(HIT, CALL_A, CALL_B, STRIKE_B, ELSEWHERE);

        assertThat(s.coded()).isEqualTo(4);
        assertThat(s.judged()).extracting(Score.Judged::matched).containsExactly(true, false, false, false);
        assertThat(s.unmatched()).containsExactly(CALL_A, CALL_B, STRIKE_B);
    }

    @Test
    void theyAreGroupedByTriggerLemmaAndRuleMostFrequentFirst() {
        FalsePositives fp = FalsePositives.of(score(HIT, STRIKE_B, CALL_A, CALL_B));

        assertThat(fp.total()).isEqualTo(3);
        assertThat(fp.groups()).extracting(FalsePositives.Group::lemma).containsExactly("call", "strike");
        FalsePositives.Group call = fp.groups().get(0);
        assertThat(call.count()).isEqualTo(2);
        assertThat(call.rule()).isEqualTo("verb CALL in block CALL (block code)");
        assertThat(call.codes()).containsExactly("041");
        assertThat(call.examples()).containsExactly(CALL_A, CALL_B);
    }

    @Test
    void aNounOrEmbeddingRuleIsGroupedByTheWordItQuotes() {
        assertThat(FalsePositives.lemma(ruled(
                        event("a", "s", "023", null, "", "PRT"),
                        "embedding 'call' (appeal) -> 023 over [verb PROTECT in block DEFEND (block code) -> 074]",
                        0.5)))
                .isEqualTo("call");
        assertThat(FalsePositives.ruleHead("noun 'offensive' -> 190; nominal: possessor"))
                .isEqualTo("noun 'offensive'");
        assertThat(FalsePositives.lemma(ruled(event("a", "s", "023", null, "", "PRT"), "test", 0.5)))
                .as("a rule that names no word: the trigger as written")
                .isEqualTo("did");
    }

    @Test
    void eachBandCountsItsOwnEventsAndThoseAtOrAboveIt() {
        ConfidenceBands bands = ConfidenceBands.of(score(HIT, CALL_A, CALL_B, STRIKE_B));

        ConfidenceBands.Band top = bands.bands().get(0);
        assertThat(top.lower()).isEqualTo(0.9);
        assertThat(top.coded()).isEqualTo(2);
        assertThat(top.matched()).isEqualTo(1);
        ConfidenceBands.Band sixty = bands.bands().get(3);
        assertThat(sixty.lower()).isEqualTo(0.6);
        assertThat(sixty.coded()).as("0.6 is in the band 0.6-0.7").isEqualTo(1);
        assertThat(sixty.codedAbove()).isEqualTo(3);
        assertThat(sixty.precisionAbove()).isEqualTo(1.0 / 3);
        ConfidenceBands.Band last = bands.bands().get(bands.bands().size() - 1);
        assertThat(last.codedAbove()).as("the last band counts every event").isEqualTo(4);
        assertThat(last.matchedAbove()).isEqualTo(1);
    }

    @Test
    void theTextReportListsTheGroupsAndTheBandsBeforeTheSummaryLine() {
        Score s = score(HIT, CALL_A, CALL_B, STRIKE_B);
        StringWriter text = new StringWriter();
        new GoldReportText(new PrintWriter(text), 1).write(new GoldReport(s, Confusion.of(s.outcomes()), List.of()));

        assertThat(text.toString())
                .contains("False positives (coded events no gold event took): 3, by trigger lemma and rule")
                .contains("the first 1 of 2 groups (--false-positives N for more)")
                .contains("verb CALL in block CALL (block code)")
                .doesNotContain("verb STRIKE in block ATTACK")
                .contains("Precision by confidence (true precision: the gold lists every event)");
        assertThat(text.toString().strip()).endsWith(s.summaryLine());
    }

    @Test
    void theJsonCarriesTheGroupsAndTheBands() {
        Score s = score(HIT, CALL_A, CALL_B, STRIKE_B);
        String json = GoldReportJson.toJson(new GoldReport(s, Confusion.of(s.outcomes()), List.of()));

        assertThat(json)
                .contains("\"unmatched\":3,\"unmatched_by_rule\":[{\"lemma\":\"call\"")
                .contains("\"confidence_bands\":[{\"from\":0.9,\"coded\":2,\"matched\":1,"
                        + "\"coded_at_or_above\":2,\"matched_at_or_above\":1}");
    }
}
