package org.dyad.eval;

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

/**
 * Hand-built coded events for the scorer's tests: an article, a sentence, a CAMEO code with or
 * without a PLOVER type, and actors given as {@code code/country/agent/patron} ("-" for none),
 * with the qualities changed one at a time by the {@code with} methods.
 */
record Events(
        String article,
        String sentence,
        String cameo,
        Optional<String> plover,
        Optional<Actor> source,
        Optional<Actor> target,
        boolean symmetric,
        Status status,
        List<String> attribution,
        When when,
        Optional<Place> where) {

    /** An asserted event, dated 2019-05-13, with no place and no attribution. */
    static Events event(String article, String sentence, String cameo, String plover, String source, String target) {
        return new Events(
                article,
                sentence,
                cameo,
                Optional.ofNullable(plover),
                actor(source),
                actor(target),
                false,
                Status.ASSERTED,
                List.of(),
                When.ofArticle(Optional.of(LocalDate.of(2019, 5, 13))),
                Optional.empty());
    }

    /** An actor from "CODE/COUNTRY/AGENT/PATRON", '-' for an absent part; "" or null for no actor. */
    static Optional<Actor> actor(String spec) {
        if (spec == null || spec.isEmpty()) {
            return Optional.empty();
        }
        String[] p = (spec + "/-/-/-").split("/");
        return Optional.of(new Actor(p[0], p[0], part(p[1]), part(p[2]), part(p[3]), ActorKind.STATE));
    }

    private static Optional<String> part(String s) {
        return s.equals("-") ? Optional.empty() : Optional.of(s);
    }

    Events mutual() {
        return new Events(article, sentence, cameo, plover, source, target, true, status, attribution, when, where);
    }

    Events status(Status s) {
        return new Events(article, sentence, cameo, plover, source, target, symmetric, s, attribution, when, where);
    }

    Events attributedTo(String... texts) {
        return new Events(
                article, sentence, cameo, plover, source, target, symmetric, status, List.of(texts), when, where);
    }

    Events on(String start, String end) {
        When w = new When(
                Optional.empty(),
                Optional.ofNullable(start).map(LocalDate::parse),
                Optional.ofNullable(end).map(LocalDate::parse),
                "day",
                When.Basis.EXPLICIT);
        return new Events(article, sentence, cameo, plover, source, target, symmetric, status, attribution, w, where);
    }

    Events at(double lat, double lon, String country) {
        Place p =
                new Place("there", "There", Optional.ofNullable(country), Optional.empty(), lat, lon, "PPL", "test:1");
        return new Events(
                article, sentence, cameo, plover, source, target, symmetric, status, attribution, when, Optional.of(p));
    }

    Event build() {
        EventCode code = new EventCode(cameo, "test code", 0.0, 1, plover.map(t -> new Plover(t, Optional.empty())));
        return new Event(
                "e",
                article,
                0,
                sentence,
                new Trigger("did", new Span(0, 3), 0),
                source.map(Events::mention),
                target.map(Events::mention),
                symmetric,
                code,
                status,
                false,
                attribution.stream()
                        .map(t -> new Attribution(t, "media", Optional.empty(), Optional.empty()))
                        .toList(),
                when,
                where,
                0.5,
                "test",
                List.of(),
                new Provenance("test", "none", Map.of()));
    }

    private static ActorMention mention(Actor a) {
        return new ActorMention(0, new Span(0, 1), 0, new Span(0, 1), a.name(), a, List.of("test"));
    }
}
