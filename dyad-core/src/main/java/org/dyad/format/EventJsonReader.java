package org.dyad.format;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.format.internal.JsonLine;
import org.dyad.model.Diagnostic;

/**
 * Reads {@code dyad.event/1} JSON Lines back as plain JSON trees or maps, for tests and for
 * tools that consume dyad's output without the model classes. Thread-safe.
 */
public final class EventJsonReader {

    /** The events read from an input and the lines that could not be read. */
    public record Lines(List<JsonNode> events, List<Diagnostic> diagnostics) {
        public Lines {
            events = List.copyOf(events);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * Parses one line known to hold an event.
     *
     * @throws IllegalArgumentException when the line is not a {@code dyad.event/1} JSON object
     */
    public JsonNode parse(String line) {
        JsonLine.Parsed parsed = JsonLine.parse(mapper, line);
        if (parsed instanceof JsonLine.Parsed.Invalid invalid) {
            throw new IllegalArgumentException(invalid.message());
        }
        JsonNode node = ((JsonLine.Parsed.Value) parsed).node();
        String problem = problem(node);
        if (!problem.isEmpty()) {
            throw new IllegalArgumentException(problem);
        }
        return node;
    }

    /** Parses one event line into maps, lists, strings, numbers, booleans and nulls. */
    public Map<String, Object> parseMap(String line) {
        return mapper.convertValue(parse(line), MAP);
    }

    /** Reads every line of {@code in}; bad lines become diagnostics named "name:LINE". */
    public Lines read(String name, Reader in) throws IOException {
        List<JsonNode> events = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        BufferedReader lines = new BufferedReader(in);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                events.add(parse(line));
            } catch (IllegalArgumentException e) {
                diagnostics.add(new Diagnostic(name + ":" + number, e.getMessage()));
            }
        }
        return new Lines(events, diagnostics);
    }

    private static String problem(JsonNode node) {
        if (!node.isObject()) {
            return "not a JSON object";
        }
        JsonNode schema = node.path("schema");
        if (!EventJsonWriter.SCHEMA.equals(schema.asText(null))) {
            return "schema is " + (schema.isMissingNode() ? "missing" : schema.toString()) + ", not \""
                    + EventJsonWriter.SCHEMA + "\"";
        }
        return "";
    }
}
