package org.dyad.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.dedup.ArticleKey;
import org.dyad.dedup.MinHash;
import org.dyad.model.Article;
import org.dyad.store.EventStore;
import org.dyad.store.StoredArticle;

/**
 * Stores of made-up events, written straight through {@link EventStore} as {@code dyad.event/1}
 * records with every field the pages read: as many events, actors and places as a test wants,
 * with no NLP models.
 */
final class SyntheticStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Events per stored article. */
    private static final int PER_ARTICLE = 5;

    private SyntheticStore() {}

    /** An actor: its code (USAGOV), country (USA) and the name the text gave it. */
    record Actor(String code, String country, String name) {
        static Actor of(String country, String name) {
            return new Actor(country, country, name);
        }
    }

    /** A place with its position. */
    record Place(String name, String country, double lat, double lon) {}

    /** One event; {@code place} may be null. */
    record Event(
            int n,
            LocalDate date,
            Actor source,
            Actor target,
            String cameo,
            int quad,
            double goldstein,
            String cameoName,
            Place place) {
        String id() {
            return String.format("e-%016x", n);
        }
    }

    /** Writes {@code events} to a new store {@code name} in {@code dir}, five to an article. */
    static Path write(Path dir, String name, List<Event> events) throws Exception {
        Path db = dir.resolve(name);
        try (EventStore store = EventStore.open(db)) {
            List<StoredArticle> articles = new ArrayList<>();
            for (int from = 0; from < events.size(); from += PER_ARTICLE) {
                List<Event> some = events.subList(from, Math.min(events.size(), from + PER_ARTICLE));
                int i = from / PER_ARTICLE;
                String text = "Synthetic article " + i + ". " + some.size() + " made-up events of "
                        + some.get(0).source().name() + " and "
                        + some.get(0).target().name() + ".";
                Article article = new Article(
                        "synthetic-" + i,
                        text,
                        Optional.of(some.get(0).date()),
                        Optional.of("https://example.org/synthetic/" + i),
                        Optional.of("Synthetic News"),
                        Optional.of("Synthetic article " + i),
                        Optional.empty(),
                        "synthetic");
                List<String> records = new ArrayList<>();
                for (Event e : some) {
                    records.add(json(e, article.id(), text));
                }
                articles.add(new StoredArticle(
                        ArticleKey.of(article),
                        article,
                        records,
                        Optional.empty(),
                        MinHash.encode(MinHash.signature(text))));
            }
            store.write(articles, List.of());
        }
        return db;
    }

    private static String json(Event e, String articleId, String text) {
        ObjectNode o = JSON.createObjectNode();
        o.put("schema", "dyad.event/1");
        o.put("event_id", e.id());
        o.put("article_id", articleId);
        o.put("sentence_index", 0);
        o.put("sentence", text);
        o.putObject("trigger").put("text", "Synthetic").put("start", 0).put("end", 9);
        actor(o.putObject("source"), e.source());
        actor(o.putObject("target"), e.target());
        o.put("symmetric", false);
        o.put("cameo", e.cameo());
        o.put("cameo_root", e.cameo().substring(0, 2));
        o.put("cameo_name", e.cameoName());
        o.put("quad_class", e.quad());
        o.put("goldstein", e.goldstein());
        o.putNull("plover");
        o.put("status", "asserted");
        o.put("negated", false);
        o.putArray("attribution");
        o.putObject("when")
                .put("text", e.date().toString())
                .put("start", e.date().toString())
                .put("end", e.date().toString())
                .put("granularity", "day")
                .put("basis", "explicit");
        if (e.place() == null) {
            o.putNull("where");
        } else {
            o.putObject("where")
                    .put("text", e.place().name())
                    .put("name", e.place().name())
                    .put("country", e.place().country())
                    .put("lat", e.place().lat())
                    .put("lon", e.place().lon())
                    .put("feature", "city");
        }
        o.put("confidence", 0.5);
        o.put("rule", "synthetic");
        o.putArray("entries");
        o.putObject("provenance").put("dyad", "test");
        return o.toString();
    }

    private static void actor(ObjectNode o, Actor a) {
        o.put("text", a.name());
        o.put("start", 0);
        o.put("end", 1);
        o.put("name", a.name());
        o.put("code", a.code());
        o.put("country", a.country());
        if (a.code().length() > 3) {
            o.put("agent", a.code().substring(3));
        } else {
            o.putNull("agent");
        }
        o.putNull("patron");
        o.put("kind", "state");
    }
}
