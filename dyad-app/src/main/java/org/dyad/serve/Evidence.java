package org.dyad.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.OptionalInt;

/**
 * Where an event's parts are in its article's text: the sentence, the trigger, the source and
 * target, the time and the place, as spans a browser can slice with. Records count offsets in
 * code points (the contract's), JavaScript strings in UTF-16 units, so spans here are in UTF-16
 * units. Records give no offsets for the time and the place: those are found by their text
 * inside the event's sentence, and left out when not found.
 */
final class Evidence {
    private final String text;
    private final int[] utf16At;

    /** The spans of events in {@code articleText}. */
    Evidence(String articleText) {
        this.text = articleText;
        int points = articleText.codePointCount(0, articleText.length());
        this.utf16At = new int[points + 1];
        int i = 0;
        for (int cp = 0; cp < points; cp++) {
            utf16At[cp] = i;
            i += Character.charCount(articleText.codePointAt(i));
        }
        utf16At[points] = articleText.length();
    }

    /** The UTF-16 index of code point offset {@code cp}, clamped into the text. */
    int utf16(int cp) {
        return utf16At[Math.max(0, Math.min(cp, utf16At.length - 1))];
    }

    /** {@code {sentence_start, sentence_end, marks: [...]}} for one {@code dyad.event/1} record. */
    ObjectNode of(JsonNode event) {
        ArrayNode marks = Json.array();
        String id = event.path("event_id").asText();
        mark(
                marks,
                id,
                "trigger",
                event.path("trigger"),
                event.path("cameo_name").asText(event.path("cameo").asText()));
        mark(marks, id, "source", event.path("source"), actorLabel(event.path("source")));
        mark(marks, id, "target", event.path("target"), actorLabel(event.path("target")));
        int[] sentence = sentence(event, marks);
        found(
                marks,
                id,
                "time",
                event.path("when").path("text"),
                sentence,
                event.path("when").path("start").asText(""));
        found(
                marks,
                id,
                "place",
                event.path("where").path("text"),
                sentence,
                event.path("where").path("name").asText(""));
        ObjectNode out = Json.object();
        out.put("sentence_start", sentence[0]);
        out.put("sentence_end", sentence[1]);
        out.set("marks", marks);
        return out;
    }

    private void mark(ArrayNode marks, String eventId, String kind, JsonNode span, String label) {
        if (!span.path("start").isInt() || !span.path("end").isInt()) {
            return;
        }
        int start = utf16(span.path("start").asInt());
        int end = utf16(span.path("end").asInt());
        if (end > start) {
            add(marks, eventId, kind, start, end, label);
        }
    }

    private void found(ArrayNode marks, String eventId, String kind, JsonNode phrase, int[] sentence, String label) {
        String p = phrase.asText("");
        if (p.isBlank()) {
            return;
        }
        int at = text.indexOf(p, sentence[0]);
        if (at >= 0 && at + p.length() <= sentence[1]) {
            add(marks, eventId, kind, at, at + p.length(), label);
        }
    }

    private static void add(ArrayNode marks, String eventId, String kind, int start, int end, String label) {
        ObjectNode m = marks.addObject();
        m.put("event_id", eventId);
        m.put("kind", kind);
        m.put("start", start);
        m.put("end", end);
        m.put("label", label);
    }

    /** The sentence's span: where its text occurs around the trigger, else the stretch of text around the marks. */
    private int[] sentence(JsonNode event, ArrayNode marks) {
        OptionalInt first = OptionalInt.empty();
        int last = 0;
        for (JsonNode m : marks) {
            int s = m.path("start").asInt();
            first = OptionalInt.of(first.isPresent() ? Math.min(first.getAsInt(), s) : s);
            last = Math.max(last, m.path("end").asInt());
        }
        if (first.isEmpty()) {
            return new int[] {0, 0};
        }
        String sentence = event.path("sentence").asText("");
        int anchor = first.getAsInt();
        if (!sentence.isEmpty()) {
            for (int at = text.indexOf(sentence); at >= 0; at = text.indexOf(sentence, at + 1)) {
                if (at <= anchor && last <= at + sentence.length()) {
                    return new int[] {at, at + sentence.length()};
                }
                if (at > anchor) {
                    break;
                }
            }
        }
        int start = Math.max(text.lastIndexOf('\n', anchor - 1) + 1, text.lastIndexOf(". ", anchor - 1) + 2);
        int end = text.indexOf('\n', last);
        return new int[] {Math.max(0, Math.min(start, anchor)), end < 0 ? text.length() : end};
    }

    private static String actorLabel(JsonNode actor) {
        String name = actor.path("name").asText("");
        String code = actor.path("code").asText("");
        return name.isEmpty() ? code : name + " (" + code + ")";
    }
}
