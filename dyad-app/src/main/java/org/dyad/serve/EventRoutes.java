package org.dyad.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Article;
import org.dyad.pipeline.LazyPipeline;
import org.dyad.store.BrowseQueries.ArticleText;
import org.dyad.store.BrowseQueries.StoredEvent;
import org.dyad.store.EventFilter;
import org.dyad.store.QueryResult;
import org.dyad.store.StoreException;

/** The API's events and articles: lists with filters, one event with its evidence and explanation, one article. */
final class EventRoutes {
    static final int MAX_LIMIT = 1000;

    private final StoreAccess store;
    private final LazyPipeline pipeline;
    private final Explainer explainer;
    private final CodingGate gate;

    EventRoutes(StoreAccess store, LazyPipeline pipeline, Explainer explainer, CodingGate gate) {
        this.store = store;
        this.pipeline = pipeline;
        this.explainer = explainer;
        this.gate = gate;
    }

    void install(Javalin app) {
        app.get("/api/v1/events", this::events);
        app.get("/api/v1/events/{id}", this::event);
        app.get("/api/v1/events/{id}/explain", this::explain);
        app.get("/api/v1/articles/{key}", this::article);
    }

    private void events(Context ctx) throws StoreException {
        Optional<java.time.LocalDate> from = Params.date(ctx, "from");
        Optional<java.time.LocalDate> to = Params.date(ctx, "to");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw ApiError.badRequest("to " + to.get() + " is before from " + from.get());
        }
        int limit = Params.integer(ctx, "limit", 100, 1, MAX_LIMIT);
        int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        EventFilter filter = new EventFilter(
                Params.text(ctx, "source"),
                Params.text(ctx, "target"),
                Params.text(ctx, "code"),
                from,
                to,
                limit,
                offset);
        QueryResult rows = store.events(filter);
        long total = store.ask((q, b) -> b.count(filter));
        ObjectNode out = Json.object();
        out.put("total", total);
        out.put("limit", limit);
        out.put("offset", offset);
        ArrayNode events = out.putArray("events");
        for (List<Object> row : rows.rows()) {
            events.add(Json.parse((String) row.get(row.size() - 1)));
        }
        Json.send(ctx, out);
    }

    private StoredEvent stored(Context ctx) throws StoreException {
        String id = ctx.pathParam("id");
        return store.ask((q, b) -> b.event(id)).orElseThrow(() -> ApiError.notFound("no event with id " + clip(id)));
    }

    private ArticleText articleOf(String key) throws StoreException {
        return store.ask((q, b) -> b.article(key))
                .orElseThrow(() -> ApiError.notFound("no article with key " + clip(key)));
    }

    private void event(Context ctx) throws StoreException {
        StoredEvent stored = stored(ctx);
        ArticleText article = articleOf(stored.articleKey());
        JsonNode record = Json.parse(stored.json());
        ObjectNode evidence = new Evidence(article.text()).of(record);
        int start = evidence.path("sentence_start").asInt();
        int end = evidence.path("sentence_end").asInt();
        evidence.put("text", article.text().substring(start, end));
        ObjectNode out = Json.object();
        out.set("event", record);
        out.set("article", articleSummary(article));
        out.set("evidence", evidence);
        Json.send(ctx, out);
    }

    private void explain(Context ctx) throws StoreException, InterruptedException {
        StoredEvent stored = stored(ctx);
        ArticleText a = articleOf(stored.articleKey());
        JsonNode record = Json.parse(stored.json());
        // Explained in the language the event was coded in, which a forced --language may have set.
        String language =
                record.path("provenance").path("language").path("code").asText("");
        Article article = new Article(
                a.id(),
                a.text(),
                a.published(),
                a.url(),
                a.publisher(),
                a.title(),
                language.isEmpty() ? Optional.empty() : Optional.of(language),
                "store:" + a.key());
        int sentence = record.path("sentence_index").asInt();
        ObjectNode out = Json.object();
        out.put("event_id", record.path("event_id").asText());
        out.put("sentence_index", sentence);
        // Explaining annotates the article again: as heavy as coding it, so it queues with coding.
        out.put("explanation", gate.run(() -> explainer.explain(pipeline.get(), article, sentence)));
        Json.send(ctx, out);
    }

    private void article(Context ctx) throws StoreException {
        String key = ctx.pathParam("key");
        ArticleText article = articleOf(key);
        List<JsonNode> records = new ArrayList<>();
        for (String json : store.ask((q, b) -> b.eventsOf(key))) {
            records.add(Json.parse(json));
        }
        records.sort(
                Comparator.comparingInt(r -> r.path("trigger").path("start").asInt()));
        ObjectNode out = articleSummary(article);
        out.put("text", article.text());
        out.set("events", eventSummaries(records));
        out.set("marks", marks(new Evidence(article.text()), records));
        Json.send(ctx, out);
    }

    /** Every mark of every event of one article, in one list. */
    static ArrayNode marks(Evidence evidence, List<JsonNode> records) {
        ArrayNode marks = Json.array();
        for (JsonNode r : records) {
            evidence.of(r).path("marks").forEach(marks::add);
        }
        return marks;
    }

    /** One line per event, enough to list it and find it in the text. */
    static ArrayNode eventSummaries(List<JsonNode> records) {
        ArrayNode out = Json.array();
        for (JsonNode r : records) {
            ObjectNode e = out.addObject();
            e.put("event_id", r.path("event_id").asText());
            e.put("sentence_index", r.path("sentence_index").asInt());
            Json.put(e, "source", r.path("source").path("code").textValue());
            Json.put(e, "target", r.path("target").path("code").textValue());
            e.put("cameo", r.path("cameo").asText());
            Json.put(e, "cameo_name", r.path("cameo_name").textValue());
            e.put("quad_class", r.path("quad_class").asInt());
            e.put("trigger", r.path("trigger").path("text").asText());
        }
        return out;
    }

    private static ObjectNode articleSummary(ArticleText a) {
        ObjectNode o = Json.object();
        o.put("key", a.key());
        o.put("article_id", a.id());
        Json.put(o, "title", a.title().orElse(null));
        Json.put(o, "url", a.url().orElse(null));
        Json.put(o, "publisher", a.publisher().orElse(null));
        Json.put(o, "published", a.published().map(Object::toString).orElse(null));
        return o;
    }

    static String clip(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
