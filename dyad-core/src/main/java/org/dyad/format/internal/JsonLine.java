package org.dyad.format.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Parses one line of a JSON Lines input into a tree, and says in one short line what is wrong
 * when it cannot: where (column) and why, or that something follows the value.
 */
public final class JsonLine {

    /** The line's JSON value, or why there is none. */
    public sealed interface Parsed {
        /** The line held exactly one JSON value. */
        record Value(JsonNode node) implements Parsed {}

        /** The line is not one JSON value; {@code message} says why, for the user. */
        record Invalid(String message) implements Parsed {}
    }

    private JsonLine() {}

    public static Parsed parse(ObjectMapper mapper, String line) {
        try (JsonParser parser = mapper.createParser(line)) {
            JsonNode node = mapper.readTree(parser);
            if (node == null) {
                return new Parsed.Invalid("not valid JSON: no value");
            }
            if (parser.nextToken() != null) {
                return new Parsed.Invalid("not valid JSON: more follows the value at column "
                        + parser.currentTokenLocation().getColumnNr() + "; one value per line");
            }
            return new Parsed.Value(node);
        } catch (JsonProcessingException e) {
            return new Parsed.Invalid(
                    "not valid JSON at column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            // Reading from a String does not fail but through a JSON error.
            throw new UncheckedIOException(e);
        }
    }
}
