package org.dyad.eval.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dyad.model.Actor;
import org.dyad.model.ActorKind;
import org.dyad.model.ActorMention;
import org.dyad.model.Event;
import org.dyad.model.EventCode;
import org.dyad.model.Provenance;
import org.dyad.model.Span;
import org.dyad.model.Status;
import org.dyad.model.Trigger;
import org.dyad.model.When;
import org.junit.jupiter.api.Test;

/** Coded events against expected codings: strict, lenient, both ways round for symmetric events, each used once. */
class ValidationScoringTest {

    private static ValidationRecord record(String category, ValidationRecord.ExpectedCoding... codings) {
        ValidationRecord.Expectation e =
                codings.length == 0 ? ValidationRecord.Expectation.NO_EVENT : ValidationRecord.Expectation.CODINGS;
        return new ValidationRecord(
                "R", category, Optional.empty(), true, "A sentence.", e, List.of(codings), Optional.empty(), 1);
    }

    private static ValidationRecord.ExpectedCoding want(String event, String source, String target) {
        return new ValidationRecord.ExpectedCoding(event, source, target);
    }

    static Event coded(String cameo, String source, String target, boolean symmetric) {
        return new Event(
                "e",
                "R",
                0,
                "A sentence.",
                new Trigger("did", new Span(0, 3), 0),
                mention(source),
                mention(target),
                symmetric,
                new EventCode(cameo, "code", 0, 1, Optional.empty()),
                Status.ASSERTED,
                false,
                List.of(),
                When.ofArticle(Optional.empty()),
                Optional.empty(),
                0.5,
                "test",
                List.of(),
                new Provenance("t", "t", java.util.Map.of()));
    }

    private static Optional<ActorMention> mention(String code) {
        return code == null
                ? Optional.empty()
                : Optional.of(new ActorMention(
                        0,
                        new Span(0, 1),
                        0,
                        new Span(0, 1),
                        code,
                        new Actor(code, code, Optional.empty(), Optional.empty(), Optional.empty(), ActorKind.STATE),
                        List.of()));
    }

    @Test
    void strictNeedsTheSameEventAndActorCodesAndANoneActorIsThreeDashes() {
        var r = ValidationRun.score(
                record("DEMO", want("050", "ARN", "GON"), want("190", "OSG", "---")),
                List.of(coded("050", "ARN", "GON", false), coded("190", "OSG", null, false)));
        assertThat(r.strict()).isEqualTo(2);
        assertThat(ValidationRun.score(
                                record("DEMO", want("050", "ARN", "GON")), List.of(coded("051", "ARN", "GON", false)))
                        .strict())
                .isZero();
    }

    @Test
    void lenientAcceptsACodeThatExtendsTheOtherButNotAnotherClassOrNone() {
        assertThat(CodingMatch.actor("ARN", "ARNGOV", true)).isTrue();
        assertThat(CodingMatch.actor("ARNGOV", "ARN", true)).isTrue();
        assertThat(CodingMatch.actor("ARNMIL", "ARNGOV", true)).isFalse();
        assertThat(CodingMatch.actor("---", "---LEG", true)).isFalse();
        assertThat(CodingMatch.actor("AR", "ARNGOV", true)).isFalse();
        assertThat(CodingMatch.actor("ARN", "ARNGOV", false)).isFalse();
        var r = ValidationRun.score(
                record("AGENT", want("050", "ARN", "GONMOP")), List.of(coded("050", "ARN", "GON", false)));
        assertThat(r.strict()).isZero();
        assertThat(r.lenient()).isEqualTo(1);
    }

    @Test
    void theEventCodeAloneIgnoresTheActorsButNotTheCode() {
        var r = ValidationRun.score(
                record("KIND", want("145", "---CVL", "---"), want("141", "---", "---")),
                List.of(coded("145", "VENCVL", "VENGOV", false), coded("143", "---CVL", null, false)));
        assertThat(r.strict()).isZero();
        assertThat(r.lenient()).isZero();
        // 145 is there under other actors; 141 is not there at all (143 is another code).
        assertThat(r.eventCode()).isEqualTo(1);
    }

    @Test
    void aSymmetricEventReadsBothWaysAndEachReadingReproducesOneCoding() {
        ValidationRecord met =
                record("COMPOUND", want("040", "ARN", "GON"), want("040", "GON", "ARN"), want("040", "ARN", "GON"));
        assertThat(ValidationRun.score(met, List.of(coded("040", "ARN", "GON", true)))
                        .strict())
                .isEqualTo(2);
        assertThat(ValidationRun.score(met, List.of(coded("040", "ARN", "GON", false)))
                        .strict())
                .isEqualTo(1);
    }

    @Test
    void theReportCountsPerCategoryInFileOrderAndPrintsTheLine() {
        var demo = ValidationRun.score(
                record("DEMO", want("050", "ARN", "GON"), want("012", "ARN", "DAG")),
                List.of(coded("050", "ARN", "GONGOV", false)));
        var quiet = ValidationRun.score(record("PARSING"), List.of());
        var noisy = ValidationRun.score(record("PARSING"), List.of(coded("010", "ARN", "GON", false)));
        ValidationReport report = new ValidationReport(List.of(demo, quiet, noisy), 2, List.of(), List.of());

        assertThat(report.categories())
                .extracting(ValidationReport.Tally::category)
                .containsExactly("DEMO", "PARSING");
        assertThat(report.categories().get(1)).isEqualTo(new ValidationReport.Tally("PARSING", 2, 0, 0, 0, 0, 2, 1, 1));
        assertThat(report.missedRecords()).isEqualTo(2);
        assertThat(report.line())
                .isEqualTo("validation: reproduced 0/2 expected codings (0.0%), lenient 1/2, event code alone 1/2;"
                        + " no-event records right 1/2");
        assertThat(ValidationReport.percent(57, 308)).isEqualTo("18.5");
    }
}
