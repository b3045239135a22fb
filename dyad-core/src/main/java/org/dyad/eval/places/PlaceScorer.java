package org.dyad.eval.places;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Event;
import org.dyad.model.Place;
import org.dyad.model.Span;

/**
 * Scores one gold record against the events coded from its text: the event whose trigger overlaps
 * the gold verb (the first in the text of several) is right when its place's words overlap a gold
 * location, or when neither has a place.
 */
public final class PlaceScorer {
    private PlaceScorer() {}

    /** The event at the gold verb, if dyad coded one. */
    public static Optional<Event> eventAtVerb(PlaceGoldRecord gold, List<Event> events) {
        return events.stream()
                .filter(e -> gold.verbs().stream()
                        .anyMatch(v -> v.overlaps(e.trigger().span())))
                .min(Comparator.comparingInt(e -> e.trigger().span().start()));
    }

    public static PlaceOutcome score(PlaceGoldRecord gold, List<Event> events) {
        Optional<Event> event = eventAtVerb(gold, events);
        if (event.isEmpty()) {
            return PlaceOutcome.NO_EVENT;
        }
        Optional<Place> where = event.get().where();
        if (where.isEmpty()) {
            return gold.hasLocation() ? PlaceOutcome.MISSED_PLACE : PlaceOutcome.RIGHT_NONE;
        }
        if (!gold.hasLocation()) {
            return PlaceOutcome.EXTRA_PLACE;
        }
        Optional<Span> chars = span(where.get(), gold.text(), event.get());
        boolean overlaps = chars.isPresent() && gold.locations().stream().anyMatch(l -> l.overlaps(chars.get()));
        return overlaps ? PlaceOutcome.RIGHT_PLACE : PlaceOutcome.WRONG_PLACE;
    }

    /**
     * The place's words in the text: its span where the placing gave one, else the first
     * occurrence of its words in the event's sentence.
     */
    private static Optional<Span> span(Place place, String text, Event event) {
        if (place.chars().isPresent()) {
            return place.chars();
        }
        String sentence = event.sentence();
        int inText = text.indexOf(sentence);
        int at = sentence.indexOf(place.text());
        if (inText < 0 || at < 0 || place.text().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Span(inText + at, inText + at + place.text().length()));
    }
}
