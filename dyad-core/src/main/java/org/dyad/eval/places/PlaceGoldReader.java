package org.dyad.eval.places;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.dyad.eval.GoldFileException;
import org.dyad.model.OneLine;
import org.dyad.model.Span;

/**
 * Reads an event-location gold file: JSON Lines of {@code {"id", "text", "verb": [{"start", "end"}],
 * "location": [{"start", "end"}]}} (offsets in code points, end exclusive). A location whose start
 * equals its end, or an empty list, means the annotator found no location. A line that is not such
 * a record refuses the file, naming the line: figures over half a file would mislead. A record
 * without a verb span (the published gold has two) has nothing to score: it is skipped, and the
 * caller is told which line it was.
 */
public final class PlaceGoldReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PlaceGoldReader() {}

    public static List<PlaceGoldRecord> read(Path file, Consumer<String> skipped) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GoldFileException(file + ": cannot read: " + e.getMessage(), e);
        }
        return parse(file.toString(), lines, skipped);
    }

    /** The records of {@code lines}, named {@code name} in messages; {@code skipped} hears of records without a verb. */
    public static List<PlaceGoldRecord> parse(String name, List<String> lines, Consumer<String> skipped) {
        List<PlaceGoldRecord> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String at = name + ":" + (i + 1) + ": ";
            try {
                record(JSON.readTree(line), i + 1, at)
                        .ifPresentOrElse(out::add, () -> skipped.accept(OneLine.of(at + "no verb span; skipped")));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new GoldFileException(at + "not JSON: " + e.getOriginalMessage(), e);
            }
        }
        return out;
    }

    private static Optional<PlaceGoldRecord> record(JsonNode node, int line, String at) {
        if (!node.isObject()
                || !node.path("text").isTextual()
                || node.path("text").asText().isEmpty()) {
            throw new GoldFileException(at + "not an object with a non-empty \"text\"");
        }
        String text = node.get("text").asText();
        String id = node.path("id").isTextual() ? node.get("id").asText().strip() : "line " + line;
        List<Span> verbs = spans(node.get("verb"), text, at + "verb");
        List<Span> locations = spans(node.get("location"), text, at + "location");
        if (verbs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PlaceGoldRecord(id, text, verbs, locations, line));
    }

    /** The non-empty spans of a list of {"start", "end"}, turned from code points into string indexes. */
    private static List<Span> spans(JsonNode list, String text, String at) {
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new GoldFileException(at + ": not a list");
        }
        int points = text.codePointCount(0, text.length());
        List<Span> out = new ArrayList<>();
        for (JsonNode s : list) {
            if (!s.path("start").canConvertToInt()
                    || !s.path("end").canConvertToInt()
                    || !s.get("start").isIntegralNumber()
                    || !s.get("end").isIntegralNumber()) {
                throw new GoldFileException(at + ": a span without integer start and end");
            }
            int start = s.get("start").asInt();
            int end = s.get("end").asInt();
            if (start < 0 || end < start || end > points) {
                throw new GoldFileException(
                        at + ": span " + start + ".." + end + " outside the text of " + points + " characters");
            }
            if (end > start) {
                out.add(new Span(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)));
            }
        }
        return out;
    }
}
