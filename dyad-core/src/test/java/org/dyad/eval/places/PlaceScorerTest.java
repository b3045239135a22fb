package org.dyad.eval.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.Actor;
import org.dyad.model.ActorKind;
import org.dyad.model.ActorMention;
import org.dyad.model.Event;
import org.dyad.model.EventCode;
import org.dyad.model.Place;
import org.dyad.model.Provenance;
import org.dyad.model.Span;
import org.dyad.model.Status;
import org.dyad.model.Trigger;
import org.dyad.model.When;
import org.junit.jupiter.api.Test;

class PlaceScorerTest {
    private static final String TEXT = "Clashes resumed in Hama Province, while rebels shelled Aleppo.";

    /** A gold record of {@link #TEXT} with the verb and locations given by their words. */
    private static PlaceGoldRecord gold(String verb, String... locations) {
        return new PlaceGoldRecord(
                "g",
                TEXT,
                List.of(span(verb)),
                List.of(locations).stream().map(PlaceScorerTest::span).toList(),
                1);
    }

    private static Span span(String words) {
        int at = TEXT.indexOf(words);
        assertThat(at).as(words).isNotNegative();
        return new Span(at, at + words.length());
    }

    /** An event triggered by {@code trigger}, placed at {@code where} (with its span, or only its text when {@code spanned} is false). */
    private static Event event(String trigger, String where, boolean spanned) {
        Optional<Place> place = Optional.ofNullable(where)
                .map(w -> new Place(
                        w,
                        w,
                        Optional.of("SYR"),
                        Optional.empty(),
                        35,
                        36,
                        "city",
                        "test:1",
                        spanned ? Optional.of(span(w)) : Optional.empty()));
        Actor syria =
                new Actor("Syria", "SYR", Optional.of("SYR"), Optional.empty(), Optional.empty(), ActorKind.STATE);
        ActorMention m = new ActorMention(0, new Span(0, 1), 0, new Span(0, 1), "x", syria, List.of("test"));
        return new Event(
                "e",
                "g",
                0,
                TEXT,
                new Trigger(trigger, span(trigger), 0),
                Optional.of(m),
                Optional.empty(),
                false,
                new EventCode("190", "fight", -10, 4, Optional.empty()),
                Status.ASSERTED,
                false,
                List.of(),
                When.ofArticle(Optional.of(LocalDate.of(2019, 5, 13))),
                place,
                0.5,
                "test",
                List.of(),
                new Provenance("test", "none", Map.of()));
    }

    @Test
    void aPlaceOverlappingTheGoldLocationIsRight() {
        assertThat(PlaceScorer.score(gold("resumed", "Hama Province"), List.of(event("resumed", "Hama", true))))
                .isEqualTo(PlaceOutcome.RIGHT_PLACE);
    }

    @Test
    void aPlaceElsewhereIsWrong() {
        assertThat(PlaceScorer.score(gold("resumed", "Hama Province"), List.of(event("resumed", "Aleppo", true))))
                .isEqualTo(PlaceOutcome.WRONG_PLACE);
    }

    @Test
    void noPlaceWhereTheGoldHasOneIsMissed() {
        assertThat(PlaceScorer.score(gold("resumed", "Hama Province"), List.of(event("resumed", null, true))))
                .isEqualTo(PlaceOutcome.MISSED_PLACE);
    }

    @Test
    void noPlaceWhereTheGoldHasNoneIsRight() {
        assertThat(PlaceScorer.score(gold("resumed"), List.of(event("resumed", null, true))))
                .isEqualTo(PlaceOutcome.RIGHT_NONE);
        assertThat(PlaceScorer.score(gold("resumed"), List.of(event("resumed", "Hama", true))))
                .isEqualTo(PlaceOutcome.EXTRA_PLACE);
    }

    @Test
    void onlyTheEventAtTheGoldVerbCounts() {
        List<Event> events = List.of(event("shelled", "Aleppo", true));

        assertThat(PlaceScorer.score(gold("resumed", "Hama Province"), events)).isEqualTo(PlaceOutcome.NO_EVENT);
        assertThat(PlaceScorer.score(gold("shelled", "Aleppo"), events)).isEqualTo(PlaceOutcome.RIGHT_PLACE);
        assertThat(PlaceScorer.eventAtVerb(gold("resumed"), events)).isEmpty();
    }

    @Test
    void ofSeveralEventsAtTheVerbTheFirstInTheTextIsScored() {
        List<Event> events = List.of(
                event("shelled", "Aleppo", true), event("resumed", "Hama", true), event("Clashes resumed", null, true));

        assertThat(PlaceScorer.eventAtVerb(gold("resumed"), events))
                .map(e -> e.trigger().text())
                .contains("Clashes resumed");
        assertThat(PlaceScorer.score(gold("resumed", "Hama Province"), events)).isEqualTo(PlaceOutcome.MISSED_PLACE);
    }

    @Test
    void aPlaceWithoutASpanIsFoundByItsWordsInTheSentence() {
        assertThat(PlaceScorer.score(gold("resumed", "Hama Province"), List.of(event("resumed", "Hama", false))))
                .isEqualTo(PlaceOutcome.RIGHT_PLACE);
        assertThat(PlaceScorer.score(gold("resumed", "Hama Province"), List.of(event("resumed", "Aleppo", false))))
                .isEqualTo(PlaceOutcome.WRONG_PLACE);
    }

    @Test
    void theReportCountsAndSummarises() {
        PlaceGoldRecord hama = gold("resumed", "Hama Province");
        PlaceReport report = new PlaceReport(List.of(
                new PlaceReport.Result(hama, PlaceOutcome.RIGHT_PLACE, Optional.empty()),
                new PlaceReport.Result(gold("resumed"), PlaceOutcome.RIGHT_NONE, Optional.empty()),
                new PlaceReport.Result(hama, PlaceOutcome.WRONG_PLACE, Optional.empty()),
                new PlaceReport.Result(hama, PlaceOutcome.NO_EVENT, Optional.empty())));

        assertThat(report.scored()).isEqualTo(3);
        assertThat(report.right()).isEqualTo(2);
        assertThat(report.summaryLine())
                .isEqualTo(
                        "places: right 2/3 (66.7%) of the events at gold verbs; "
                                + "gold location found 1/2, no place where the gold has none 1/1; no event at 1 of 4 gold verbs");
    }
}
