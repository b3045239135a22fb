package org.dyad.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One coded event, with everything the {@code dyad.event/1} record carries: where it was found
 * (article, sentence, trigger), who did what to whom, how and when the text says it, and which
 * rule and dictionary entries produced it.
 */
public record Event(
        String eventId,
        String articleId,
        int sentenceIndex,
        String sentence,
        Trigger trigger,
        Optional<ActorMention> source,
        Optional<ActorMention> target,
        boolean symmetric,
        EventCode code,
        Status status,
        boolean negated,
        List<Attribution> attribution,
        When when,
        Optional<Place> where,
        double confidence,
        String rule,
        List<String> entries,
        Provenance provenance) {

    public Event {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(status, "status");
        attribution = List.copyOf(attribution);
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(rule, "rule");
        entries = List.copyOf(entries);
        Objects.requireNonNull(provenance, "provenance");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence " + confidence + " is outside 0..1");
        }
        if (source.isEmpty() && target.isEmpty()) {
            throw new IllegalArgumentException("event '" + trigger.text() + "' has neither source nor target");
        }
    }

    /** This event with {@code other} as its provenance. */
    public Event withProvenance(Provenance other) {
        return new Event(
                eventId,
                articleId,
                sentenceIndex,
                sentence,
                trigger,
                source,
                target,
                symmetric,
                code,
                status,
                negated,
                attribution,
                when,
                where,
                confidence,
                rule,
                entries,
                other);
    }
}
