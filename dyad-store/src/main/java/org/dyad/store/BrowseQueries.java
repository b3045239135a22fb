package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The questions a browsing client (the server and its dashboard) asks a store beyond those of
 * {@link StoreQueries}: one event, one article with its text and events, how many events a
 * filter matches, what the store holds, and actors by name or code. Every user value is bound.
 */
public final class BrowseQueries {
    private final StoreQueries queries;

    public BrowseQueries(EventStore store) {
        this.queries = new StoreQueries(store);
    }

    /** One stored event: the key of its article and its {@code dyad.event/1} record. */
    public record StoredEvent(String articleKey, String json) {}

    /** One stored article as the reader shows it; {@code text} is what events' offsets point into. */
    public record ArticleText(
            String key,
            String id,
            Optional<String> url,
            Optional<String> publisher,
            Optional<String> title,
            Optional<LocalDate> published,
            String text) {}

    /** The event with {@code eventId}, if stored. */
    public Optional<StoredEvent> event(String eventId) throws StoreException {
        QueryResult r =
                queries.select("SELECT article_key, json FROM events WHERE event_id = ? LIMIT 1", List.of(eventId));
        return r.rows().stream().findFirst().map(row -> new StoredEvent((String) row.get(0), (String) row.get(1)));
    }

    /** The article with {@code key}, if stored. */
    public Optional<ArticleText> article(String key) throws StoreException {
        QueryResult r = queries.select(
                "SELECT article_key, article_id, url, publisher, title, published, text "
                        + "FROM articles WHERE article_key = ?",
                List.of(key));
        if (r.rows().isEmpty()) {
            return Optional.empty();
        }
        List<Object> row = r.rows().get(0);
        return Optional.of(new ArticleText(
                (String) row.get(0),
                (String) row.get(1),
                text(row.get(2)),
                text(row.get(3)),
                text(row.get(4)),
                text(row.get(5)).map(s -> LocalDate.parse(s.substring(0, 10))),
                (String) row.get(6)));
    }

    /** The {@code dyad.event/1} records of the article with {@code key}. */
    public List<String> eventsOf(String key) throws StoreException {
        List<String> out = new ArrayList<>();
        for (List<Object> row : queries.select(
                        "SELECT json FROM events WHERE article_key = ? ORDER BY event_id", List.of(key))
                .rows()) {
            out.add((String) row.get(0));
        }
        return out;
    }

    /** How many events {@code filter} matches, its limit and offset aside. */
    public long count(EventFilter filter) throws StoreException {
        List<Object> values = new ArrayList<>();
        QueryResult r = queries.select("SELECT count(*) FROM events" + filter.where(values), values);
        return ((Number) r.rows().get(0).get(0)).longValue();
    }

    /** The first and last event dates (the event's own, else its article's): one row, NULLs when empty. */
    public QueryResult dateRange() throws StoreException {
        return queries.select(
                "SELECT min(coalesce(when_start, published)) AS first_date, "
                        + "max(coalesce(when_start, published)) AS last_date FROM events",
                List.of());
    }

    /**
     * Actors whose code starts with {@code query}, whose country is {@code query}, or whose name
     * contains it (case ignored), the most active first: code, the name most used for it, country
     * and the number of events it is the source or target of. Countries come as actors too
     * (code = the country), since the analyses count by country by default.
     */
    public QueryResult actors(String query, int limit) throws StoreException {
        String sql = """
                WITH roles AS (
                  SELECT source_code AS code, json_extract_string(json, '$.source.name') AS name,
                         source_country AS country FROM events WHERE source_code IS NOT NULL
                  UNION ALL
                  SELECT target_code, json_extract_string(json, '$.target.name'), target_country
                  FROM events WHERE target_code IS NOT NULL),
                known AS (SELECT * FROM roles WHERE NOT starts_with(code, '---')),
                actors AS (
                  SELECT code, mode(name) AS name, any_value(country) AS country, count(*) AS events
                  FROM known GROUP BY code
                  UNION ALL
                  SELECT country, coalesce(mode(name) FILTER (WHERE code = country), country), country, count(*)
                  FROM known WHERE country IS NOT NULL AND country <> code
                    AND country NOT IN (SELECT code FROM known) GROUP BY country)
                SELECT code, name, country, events FROM actors
                WHERE starts_with(upper(code), upper(?)) OR upper(coalesce(country, '')) = upper(?)
                   OR contains(lower(coalesce(name, '')), lower(?))
                ORDER BY events DESC, code LIMIT ?""";
        return queries.select(sql, List.of(query, query, query, limit));
    }

    private static Optional<String> text(Object value) {
        return Optional.ofNullable(value).map(Object::toString);
    }
}
