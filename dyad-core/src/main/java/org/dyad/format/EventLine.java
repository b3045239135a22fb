package org.dyad.format;

import java.util.Optional;
import java.util.stream.Collectors;
import org.dyad.model.ActorMention;
import org.dyad.model.Event;

/**
 * Renders an event as one compact line for golden tests and reviews, e.g.
 * {@code [s5] ISR -190-> ---(patron IRN) "targeted" reported @- 2019-05-13 per:Anadolu}: sentence
 * number (1-based), source, CAMEO code, target, trigger, status, place, date and sources.
 */
public final class EventLine {
    private EventLine() {}

    public static String render(Event e) {
        StringBuilder sb = new StringBuilder();
        sb.append("[s")
                .append(e.sentenceIndex() + 1)
                .append("] ")
                .append(actor(e.source()))
                .append(" -")
                .append(e.code().cameo())
                .append("-> ")
                .append(actor(e.target()))
                .append(" \"")
                .append(e.trigger().text().replaceAll("\\s+", " "))
                .append('"')
                .append(' ')
                .append(e.status().wireName());
        if (e.symmetric()) {
            sb.append(" symmetric");
        }
        if (e.negated()) {
            sb.append(" negated");
        }
        sb.append(" @").append(e.where().map(p -> p.name()).orElse("-"));
        sb.append(' ').append(e.when().start().map(Object::toString).orElse("-"));
        if (!e.attribution().isEmpty()) {
            sb.append(" per:")
                    .append(e.attribution().stream()
                            .map(a -> a.text().replaceAll("\\s+", " "))
                            .collect(Collectors.joining(">")));
        }
        return sb.toString();
    }

    private static String actor(Optional<ActorMention> mention) {
        if (mention.isEmpty()) {
            return "-";
        }
        var a = mention.get().actor();
        return a.code() + a.patron().map(p -> "(patron " + p + ")").orElse("");
    }
}
