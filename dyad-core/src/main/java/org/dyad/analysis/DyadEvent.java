package org.dyad.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import org.dyad.model.ActorMention;
import org.dyad.model.Event;

/**
 * One event as the analyses see it: a date, the source and target actor codes, the quad class
 * (1-4), the Goldstein weight and the CAMEO root. Everything else an {@link Event} carries is
 * left behind, so the analyses can be fed from coded events, a {@code dyad.event/1} file or
 * a store query alike.
 */
public record DyadEvent(
        String eventId,
        LocalDate date,
        String source,
        String target,
        int quadClass,
        double goldstein,
        String cameoRoot) {

    public DyadEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(cameoRoot, "cameoRoot");
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("event " + eventId + " has no source actor code");
        }
        if (target == null || target.isBlank()) {
            throw new IllegalArgumentException("event " + eventId + " has no target actor code");
        }
        if (quadClass < 1 || quadClass > 4) {
            throw new IllegalArgumentException("quad class " + quadClass + " is not 1-4 in event " + eventId);
        }
        if (Double.isNaN(goldstein) || goldstein < -10 || goldstein > 10) {
            throw new IllegalArgumentException(
                    "Goldstein weight " + goldstein + " is outside -10..10 in event " + eventId);
        }
    }

    /**
     * The analysis view of a coded event, dated by {@code when.start} or else by the article's
     * date; empty when the event lacks a source, a target or any date, because an event that
     * cannot be placed on a dyad and a calendar cannot be counted.
     */
    public static Optional<DyadEvent> from(Event event, Optional<LocalDate> articleDate) {
        Optional<LocalDate> date = event.when().start().or(() -> articleDate);
        if (event.source().isEmpty() || event.target().isEmpty() || date.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DyadEvent(
                event.eventId(),
                date.get(),
                code(event.source().get()),
                code(event.target().get()),
                event.code().quadClass(),
                event.code().goldstein(),
                event.code().root()));
    }

    /**
     * The analysis view of one parsed {@code dyad.event/1} line, dated by {@code when.start};
     * empty when it lacks a source code, a target code, a quad class, a Goldstein weight or a
     * parseable date.
     */
    public static Optional<DyadEvent> fromJson(JsonNode line) {
        String source = line.path("source").path("code").asText("");
        String target = line.path("target").path("code").asText("");
        String start = line.path("when").path("start").asText("");
        if (source.isBlank()
                || target.isBlank()
                || start.isBlank()
                || !line.path("quad_class").isInt()
                || !line.path("goldstein").isNumber()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(start.length() > 10 ? start.substring(0, 10) : start);
            return Optional.of(new DyadEvent(
                    line.path("event_id").asText(""),
                    date,
                    source,
                    target,
                    line.path("quad_class").asInt(),
                    line.path("goldstein").asDouble(),
                    line.path("cameo_root").asText("")));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The analysis view of a {@code dyad.event/1} line with its actors counted by country (the
     * country's code for Russia's government, army and people alike; an actor without a country by
     * its code), or by full code; empty also when an actor is one no dictionary knows ("---"),
     * which is no one in particular and makes no dyad.
     */
    public static Optional<DyadEvent> fromJson(JsonNode line, boolean byCountry) {
        return fromJson(byCountry ? withCountryCodes(line) : line)
                .filter(e -> !e.source().startsWith("---") && !e.target().startsWith("---"));
    }

    private static JsonNode withCountryCodes(JsonNode line) {
        if (!line.isObject()) {
            return line;
        }
        com.fasterxml.jackson.databind.node.ObjectNode copy =
                ((com.fasterxml.jackson.databind.node.ObjectNode) line).deepCopy();
        for (String role : java.util.List.of("source", "target")) {
            JsonNode actor = copy.path(role);
            String country = actor.path("country").asText("");
            if (actor.isObject() && !country.isBlank()) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) actor).put("code", country);
            }
        }
        return copy;
    }

    private static String code(ActorMention mention) {
        return mention.actor().code();
    }
}
