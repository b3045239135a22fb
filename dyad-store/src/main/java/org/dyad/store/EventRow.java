package org.dyad.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.dyad.model.Article;

/**
 * Appends one event to the {@code events} table: the flattened columns are read from the
 * event's own {@code dyad.event/1} JSON, so they always say what the stored record says.
 */
final class EventRow {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventRow() {}

    /**
     * Appends the event in {@code json} unless its id is in {@code ids} (the ids of the article's
     * events so far): an event id is a hash of what the event is, so a repeat says nothing new.
     */
    static void append(DuckDBAppender a, String key, Article article, String json, Set<String> ids)
            throws SQLException {
        JsonNode e = parse(json);
        String id = text(e, "event_id").orElseThrow(() -> new IllegalArgumentException("event without event_id"));
        if (!ids.add(id)) {
            return;
        }
        a.beginRow();
        a.append(id);
        a.append(key);
        a.append(text(e, "article_id").orElse(article.id()));
        date(a, article.published());
        date(a, text(e.path("when"), "start").flatMap(EventRow::date));
        date(a, text(e.path("when"), "end").flatMap(EventRow::date));
        actor(a, e.path("source"));
        actor(a, e.path("target"));
        a.append(text(e, "cameo").orElse(""));
        a.append(text(e, "cameo_root").orElse(""));
        integer(a, e.path("quad_class"));
        number(a, e.path("goldstein"));
        string(a, text(e.path("plover"), "type"));
        string(a, text(e, "status"));
        if (e.path("negated").isBoolean()) {
            a.append(e.path("negated").booleanValue());
        } else {
            a.appendNull();
        }
        JsonNode where = e.path("where");
        string(a, text(where, "name"));
        string(a, text(where, "country"));
        number(a, where.path("lat"));
        number(a, where.path("lon"));
        JsonNode provenance = e.path("provenance");
        string(a, text(provenance, "dyad"));
        string(a, provenance.isObject() ? Optional.of(provenance.toString()) : Optional.empty());
        a.append(json);
        a.endRow();
    }

    private static void actor(DuckDBAppender a, JsonNode actor) throws SQLException {
        for (String field : new String[] {"code", "country", "agent", "patron"}) {
            string(a, text(actor, field));
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("an event to store is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() && !v.isNull() ? Optional.of(v.asText()) : Optional.empty();
    }

    private static Optional<LocalDate> date(String iso) {
        try {
            return Optional.of(LocalDate.parse(iso.length() > 10 ? iso.substring(0, 10) : iso));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // a partial date ("2019-05") has no one day to put in a DATE column
        }
    }

    private static void date(DuckDBAppender a, Optional<LocalDate> d) throws SQLException {
        if (d.isPresent()) {
            a.append(d.get());
        } else {
            a.appendNull();
        }
    }

    private static void string(DuckDBAppender a, Optional<String> s) throws SQLException {
        if (s.isPresent()) {
            a.append(s.get());
        } else {
            a.appendNull();
        }
    }

    private static void integer(DuckDBAppender a, JsonNode n) throws SQLException {
        if (n.isNumber()) {
            a.append(n.intValue());
        } else {
            a.appendNull();
        }
    }

    private static void number(DuckDBAppender a, JsonNode n) throws SQLException {
        if (n.isNumber()) {
            a.append(n.doubleValue());
        } else {
            a.appendNull();
        }
    }
}
