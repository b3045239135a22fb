package org.dyad.eval.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

/** UniversalPetrarch's count, worked out by hand on a few records for each language's rules. */
class PetrarchCountTest {

    private static ValidationRecord record(String category, ValidationRecord.ExpectedCoding... codings) {
        return new ValidationRecord(
                "R",
                category,
                Optional.empty(),
                true,
                "A sentence.",
                codings.length == 0 ? ValidationRecord.Expectation.NO_EVENT : ValidationRecord.Expectation.CODINGS,
                List.of(codings),
                Optional.empty(),
                1);
    }

    private static ValidationRecord.ExpectedCoding es(String code, String source, String target) {
        return ExpectedCodings.of(java.util.Map.of("eventcode", code, "sourcecode", source, "targetcode", target));
    }

    private static ValidationRecord.ExpectedCoding ar(String plover, String source, String target) {
        return ExpectedCodings.of(
                java.util.Map.of("eventcode", "", "plover", plover, "sourcecode", source, "targetcode", target));
    }

    private static ValidationReport.RecordResult result(ValidationRecord r, Event... events) {
        return ValidationRun.score(r, List.of(events));
    }

    private static Event coded(String cameo, String source, String target) {
        return ValidationScoringTest.coded(cameo, source, target, false);
    }

    @Test
    void spanishRulesMatchTheFirstThreeCharactersSoATwoDigitCodeIsNeverMatched() {
        List<ValidationReport.RecordResult> results = List.of(
                // 145 matches "145_..."; 141 does not match "14_PROTEST_" ("14_" against "141"); 190 is extra.
                result(
                        record("protest", es("145_Protest_violently_riot", "~AGR", ""), es("14_PROTEST_", "", "")),
                        coded("145", "---AGR", "---"),
                        coded("141", "---", "---"),
                        coded("190", "COL", "---")),
                // nothing coded, one expected: uncoded 1
                result(record("protest", es("140_x", "", ""))),
                // no event expected and none coded: correct 1
                result(record("protest")),
                // another category than the file's <Include>: not counted
                result(record("other", es("140_x", "", "")), coded("140", "---", "---")));

        PetrarchCount.Counts c = PetrarchCount.count(PetrarchCount.Rules.SPANISH, List.of("protest"), results);

        // records 3; correct 1 + 0 + 1; uncoded (2-1) + 1 + 0; extra (3-1) + 0 + 0
        assertThat(c).isEqualTo(new PetrarchCount.Counts(3, 2, 2, 2, 0));
        assertThat(c.line(PetrarchCount.Rules.SPANISH))
                .isEqualTo("UniversalPetrarch's count (es rules): records evaluated 3; correct 2 (50.00%); "
                        + "uncoded 2 (50.00%); extra 2 (66.67% of records)");
    }

    @Test
    void theSpanishRulesOf2018MatchTheRootAloneAndFlagOnlyTheFirstExpectedCodingOfThatRoot() {
        List<ValidationReport.RecordResult> results = List.of(
                // Each 14x event finds the first expected coding of root 14 (the script stops at the
                // first), so "14_PROTEST_" stays unfound; actors are not read; 190 finds nothing.
                result(
                        record("protest", es("145_Protest_violently_riot", "~AGR", ""), es("14_PROTEST_", "", "")),
                        coded("145", "---AGR", "---"),
                        coded("141", "---", "---"),
                        coded("190", "COL", "---"),
                        coded("141", "COL", "---")),
                result(record("protest", es("140_x", "", ""))),
                result(record("protest")));

        PetrarchCount.Counts c = PetrarchCount.count(PetrarchCount.Rules.SPANISH_2018, List.of("protest"), results);

        // correct 1 + 0 + 1; uncoded (2-1) + 1 + 0; extra (4 events - 3 that found one) + 0 + 0
        assertThat(c).isEqualTo(new PetrarchCount.Counts(3, 2, 2, 1, 0));
        assertThat(c.line(PetrarchCount.Rules.SPANISH_2018))
                .isEqualTo("UniversalPetrarch's count (es-2018 rules): records evaluated 3; correct 2 (50.00%); "
                        + "uncoded 2 (50.00%); extra 1 (33.33% of records)");
        assertThat(PetrarchCount.Rules.of("es-2018")).isEqualTo(PetrarchCount.Rules.SPANISH_2018);
        // One reading against one coding: the root decides, the actors do not.
        assertThat(PetrarchCount.matches(
                        PetrarchCount.Rules.SPANISH_2018,
                        new CodingMatch.Reading("141", "COL", "---"),
                        es("14_PROTEST_", "~AGR", "")))
                .isTrue();
        assertThat(PetrarchCount.matches(
                        PetrarchCount.Rules.SPANISH_2018,
                        new CodingMatch.Reading("173", "---AGR", "---"),
                        es("14_PROTEST_", "~AGR", "")))
                .isFalse();
    }

    @Test
    void arabicRulesTakeTheCameoRootsOfThePloverTypeCountDuplicatesOnceAndNoneNoneAsRight() {
        List<ValidationReport.RecordResult> results = List.of(
                // PROTEST against 141 with the actors: correct; the same event again is dropped as a duplicate
                result(
                        record("PROTEST", ar("PROTEST", "None CVL", "USA GOV")),
                        coded("141", "---CVL", "USAGOV"),
                        coded("141", "---CVL", "USAGOV")),
                // ASSAULT against 141: no match, extra 1, uncoded 1
                result(record("ASSAULT", ar("ASSAULT", "None None", "None CVL")), coded("141", "---", "---CVL")),
                // None None / None None and nothing coded: correct
                result(record("ASSAULT", ar("ASSAULT", "None None", "None None"))),
                // ASSAULT against 190 with other actors: extra
                result(record("ASSAULT", ar("ASSAULT", "IRQ MIL", "None None")), coded("190", "IRQ", "---")));

        PetrarchCount.Counts c = PetrarchCount.count(PetrarchCount.Rules.ARABIC, List.of(), results);

        assertThat(c).isEqualTo(new PetrarchCount.Counts(4, 2, 2, 2, 0));
        // Categories are compared as written: the Arabic protest file's <Include>protest</Include>
        // names none of its PROTEST records, which is why UniversalPetrarch's run evaluated 0 of them.
        assertThat(PetrarchCount.count(PetrarchCount.Rules.ARABIC, List.of("protest"), results)
                        .records())
                .isZero();
    }

    @Test
    void englishRulesWantTheWholeCodeAndAnEventMayMatchAnExpectedCodingTwice() {
        ValidationRecord r = record("DEMO", new ValidationRecord.ExpectedCoding("0251", "ARN", "GON"));
        List<ValidationReport.RecordResult> results = List.of(
                result(r, coded("0251", "ARN", "GON"), coded("0251", "ARN", "GON"), coded("025", "ARN", "GON")));

        // Both 0251 events count as correct (the script looks each coded event up, not each expected
        // coding): correct 2, uncoded 1 - 2 = -1, extra 3 - 2 = 1.
        assertThat(PetrarchCount.count(PetrarchCount.Rules.ENGLISH, List.of(), results))
                .isEqualTo(new PetrarchCount.Counts(1, 2, -1, 1, 0));
    }
}
