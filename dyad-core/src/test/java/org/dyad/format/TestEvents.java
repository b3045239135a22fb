package org.dyad.format;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.Actor;
import org.dyad.model.ActorKind;
import org.dyad.model.ActorMention;
import org.dyad.model.Attribution;
import org.dyad.model.Event;
import org.dyad.model.EventCode;
import org.dyad.model.Place;
import org.dyad.model.Plover;
import org.dyad.model.Provenance;
import org.dyad.model.Span;
import org.dyad.model.Status;
import org.dyad.model.Trigger;
import org.dyad.model.When;

/** Hand-built events over a small article, with offsets computed from the article's text. */
final class TestEvents {

    static final String SENTENCE = "Around one week ago clashes erupted between Syrian forces linked to Iran "
            + "and the al-Nemr group in Ḥamā, according to the al-Quds al-Arabi daily.";
    static final String TEXT = "Tensions rose in Syria.\n" + SENTENCE;

    private TestEvents() {}

    /** A full event: both actors, PLOVER type with mode, attribution, dates and a place. */
    static Event full() {
        ActorMention source = mention(
                "Syrian forces linked to Iran",
                new Actor(
                        "Syrian military",
                        "SYRMIL",
                        Optional.of("SYR"),
                        Optional.of("MIL"),
                        Optional.of("IRN"),
                        ActorKind.GROUP));
        ActorMention target = mention(
                "the al-Nemr group",
                new Actor(
                        "al-Nemr group",
                        "SYRMIL",
                        Optional.of("SYR"),
                        Optional.of("MIL"),
                        Optional.of("RUS"),
                        ActorKind.GROUP));
        EventCode code = new EventCode(
                "190",
                "Use conventional military force, not specified below",
                -10.0,
                4,
                Optional.of(new Plover("ASSAULT", Optional.of("firearms"))));
        When when = new When(
                Optional.of("Around one week ago"),
                Optional.of(LocalDate.of(2019, 5, 5)),
                Optional.of(LocalDate.of(2019, 5, 7)),
                "day",
                When.Basis.RELATIVE);
        Place hama = new Place(
                "Ḥamā",
                "Hama Governorate",
                Optional.of("SYR"),
                Optional.of("Hama"),
                35.2,
                37.2,
                "ADM1",
                "geonames:169575");
        return new Event(
                "e-1",
                "a1",
                1,
                SENTENCE,
                trigger("clashes erupted"),
                Optional.of(source),
                Optional.of(target),
                true,
                code,
                Status.REPORTED,
                false,
                List.of(new Attribution("the al-Quds al-Arabi daily", "media", Optional.empty(), Optional.empty())),
                when,
                Optional.of(hama),
                0.82,
                "verb:erupt+between",
                List.of("verb:ERUPT", "actor:IRAN"),
                new Provenance("0.1.0", "corenlp-4.5.10", Map.of("verbs", "2024-01", "actors", "p2-1")));
    }

    /** A sparse event: source only, no PLOVER type, no attribution, no date, no place. */
    static Event sparse(String articleId, int sentenceIndex) {
        ActorMention source = mention(
                "Syrian forces linked to Iran",
                new Actor(
                        "Syrian military",
                        "SYRMIL",
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        ActorKind.STATE));
        EventCode code = new EventCode("010", "Make statement, not specified below", 0.0, 1, Optional.empty());
        return new Event(
                "e-2",
                articleId,
                sentenceIndex,
                SENTENCE,
                trigger("erupted"),
                Optional.of(source),
                Optional.empty(),
                false,
                code,
                Status.ASSERTED,
                true,
                List.of(),
                When.ofArticle(Optional.empty()),
                Optional.empty(),
                0.5,
                "verb:erupt",
                List.of(),
                new Provenance("0.1.0", "none", Map.of()));
    }

    static Trigger trigger(String text) {
        return new Trigger(text, span(text), 0);
    }

    static ActorMention mention(String text, Actor actor) {
        return new ActorMention(1, new Span(0, 1), 0, span(text), text, actor, List.of("test"));
    }

    /** The span of the first occurrence of {@code text} in {@link #TEXT}. */
    static Span span(String text) {
        int start = TEXT.indexOf(text);
        if (start < 0) {
            throw new IllegalArgumentException("'" + text + "' is not in the test text");
        }
        return new Span(start, start + text.length());
    }
}
