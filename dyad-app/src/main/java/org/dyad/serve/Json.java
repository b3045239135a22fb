package org.dyad.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.util.List;
import org.dyad.store.QueryResult;

/** JSON for the API: building trees, reading stored records, sending answers. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** A stored {@code dyad.event/1} record; the store only holds what the writer wrote, so a failure is a bug. */
    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a stored record is not JSON", e);
        }
    }

    static void send(Context ctx, JsonNode body) {
        ctx.contentType("application/json; charset=utf-8");
        try {
            ctx.result(MAPPER.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of {@code result} as objects, column name to value; dates and other values as their text. */
    static ArrayNode rows(QueryResult result) {
        ArrayNode out = array();
        for (List<Object> row : result.rows()) {
            out.add(row(result.columns(), row));
        }
        return out;
    }

    static ObjectNode row(List<String> columns, List<Object> row) {
        ObjectNode o = object();
        for (int i = 0; i < columns.size(); i++) {
            put(o, columns.get(i), row.get(i));
        }
        return o;
    }

    static void put(ObjectNode o, String field, Object value) {
        if (value == null) {
            o.putNull(field);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            o.put(field, ((Number) value).longValue());
        } else if (value instanceof Number n) {
            o.put(field, n.doubleValue());
        } else if (value instanceof Boolean b) {
            o.put(field, b);
        } else {
            String text = value.toString();
            // DuckDB gives DATE columns as java.sql.Date or LocalDate; both print as ISO dates.
            o.put(field, text);
        }
    }
}
