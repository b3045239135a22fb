package org.dyad.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reader of gold files: one article ({@code {"events": [...], "not_events": [...]}}, as
 * {@code spec/seed-gold.json}) or many ({@code {"articles": [{"id", "events"}, ...]}}), marked
 * {@code "exhaustive": true} or not, with the fields {@code score_events.py} reads and no others.
 * A value the script could not use (a {@code level} other than core or stretch, a date that is not
 * one, a role that is not an object) refuses the file with a {@link GoldFileException} naming the
 * place.
 */
public final class GoldReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;

    private GoldReader(String name) {
        this.name = name;
    }

    /** Reads the gold file at {@code file}. */
    public static GoldFile read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), in);
        } catch (NoSuchFileException e) {
            throw new GoldFileException("gold file " + file + ": no such file", e);
        } catch (IOException e) {
            throw new GoldFileException("gold file " + file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads a gold file from {@code in}; {@code name} names it in messages. */
    public static GoldFile read(String name, Reader in) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new GoldFileException(name + ": not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new GoldReader(name).fail("", "a gold file is a JSON object");
        }
        return new GoldFile(new GoldReader(name).articles(root), truthy(root.get("exhaustive")));
    }

    private List<GoldArticle> articles(JsonNode root) {
        if (!root.has("articles")) {
            return List.of(article(root, "", false));
        }
        JsonNode list = root.get("articles");
        if (!list.isArray()) {
            throw fail("articles", "not a list");
        }
        List<GoldArticle> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(article(list.get(i), "articles[" + i + "].", true));
        }
        return out;
    }

    private GoldArticle article(JsonNode node, String at, boolean eventsRequired) {
        if (!node.isObject()) {
            throw fail(at, "not an object");
        }
        Optional<String> id = optionalText(node.get("id"), at + "id");
        JsonNode events = node.get("events");
        if (events == null && eventsRequired) {
            throw fail(at + "events", "missing");
        }
        List<GoldEvent> out = new ArrayList<>();
        JsonNode eventList = events == null ? JSON.createArrayNode() : array(events, at + "events");
        for (int i = 0; i < eventList.size(); i++) {
            out.add(new GoldEventReader(this, at + "events[" + i + "].").event(eventList.get(i)));
        }
        List<String> notEvents = new ArrayList<>();
        JsonNode ne =
                node.has("not_events") ? array(node.get("not_events"), at + "not_events") : JSON.createArrayNode();
        for (int i = 0; i < ne.size(); i++) {
            String where = at + "not_events[" + i + "]";
            if (!ne.get(i).isObject() || !ne.get(i).has("sentence")) {
                throw fail(where, "not an object with a 'sentence'");
            }
            // A null fragment is Python's norm(None), the empty string, which every sentence contains.
            notEvents.add(
                    optionalText(ne.get(i).get("sentence"), where + ".sentence").orElse(""));
        }
        return new GoldArticle(id, out, notEvents);
    }

    JsonNode array(JsonNode node, String at) {
        if (!node.isArray()) {
            throw fail(at, "not a list");
        }
        return node;
    }

    /** A string, or empty for a JSON null or a missing field. */
    Optional<String> optionalText(JsonNode node, String at) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw fail(at, "not a string: " + node);
        }
        return Optional.of(node.asText());
    }

    /** A value or list of values: strings, or null for "no value". */
    Accepted accepted(JsonNode node, String at, boolean nullAllowed) {
        if (node.isTextual()) {
            return Accepted.text(node.asText());
        }
        if (node.isNull() && nullAllowed) {
            return new Accepted(List.of(Optional.empty()), false);
        }
        if (!node.isArray()) {
            throw fail(at, "not a string or a list of strings: " + node);
        }
        List<Optional<String>> values = new ArrayList<>();
        for (JsonNode v : node) {
            values.add(optionalText(v, at));
        }
        return new Accepted(values, false);
    }

    /** A date as Python's {@code date.fromisoformat(str(s)[:10])} reads it: 2019-05-13 or 20190513. */
    LocalDate date(JsonNode node, String at) {
        String text = node == null ? "" : node.asText();
        String head = text.substring(0, Math.min(10, text.length()));
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.BASIC_ISO_DATE)) {
            try {
                return LocalDate.parse(head, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw fail(at, "not a date like 2019-05-13: " + node);
    }

    /** Python's truth: false for a missing value, null, false, 0, "" and empty lists and objects. */
    static boolean truthy(JsonNode node) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isNumber()) {
            return node.asDouble() != 0;
        }
        if (node.isTextual()) {
            return !node.asText().isEmpty();
        }
        return !node.isEmpty();
    }

    GoldFileException fail(String at, String why) {
        String where = at.endsWith(".") ? at.substring(0, at.length() - 1) : at;
        return new GoldFileException(name + ": " + (where.isEmpty() ? "" : where + ": ") + why);
    }
}
