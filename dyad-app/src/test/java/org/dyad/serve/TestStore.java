package org.dyad.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.dedup.ArticleKey;
import org.dyad.dedup.MinHash;
import org.dyad.model.Article;
import org.dyad.store.EventStore;
import org.dyad.store.StoredArticle;

/** Stores holding the seed article and the events coded from it (test resources), made without NLP models. */
final class TestStore {
    private TestStore() {}

    static String resource(String name) throws IOException {
        try (InputStream in = TestStore.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("test resource " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * A store of {@code copies} copies of the seed article, each with its own URL, article id and
     * event ids, and its events moved {@code i} weeks later: more rows for the aggregations to
     * walk, still without models.
     */
    static Path copies(Path dir, int copies) throws Exception {
        String text = resource("it/russia-iran-syria.txt");
        List<String> events = resource("serve/seed-events.jsonl")
                .lines()
                .filter(l -> !l.isBlank())
                .toList();
        Path db = dir.resolve("copies.duckdb");
        try (EventStore store = EventStore.open(db)) {
            List<StoredArticle> articles = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                LocalDate published = LocalDate.of(2019, 5, 13).plusWeeks(i);
                Article article = new Article(
                        "seed-" + i,
                        text,
                        Optional.of(published),
                        Optional.of("https://example.org/seed/" + i),
                        Optional.of("Iran Focus"),
                        Optional.of("Russia and Iran in Syria, copy " + i),
                        Optional.empty(),
                        "seed");
                List<String> moved = new ArrayList<>();
                for (String e : events) {
                    moved.add(moveWeeks(e, i)
                            .replace("\"article_id\":\"seed\"", "\"article_id\":\"seed-" + i + "\"")
                            .replaceAll(
                                    "\"event_id\":\"e-([0-9a-f]{12})[0-9a-f]{4}\"",
                                    "\"event_id\":\"e-$1" + String.format("%04x", i) + "\""));
                }
                articles.add(new StoredArticle(
                        ArticleKey.of(article),
                        article,
                        moved,
                        Optional.empty(),
                        MinHash.encode(MinHash.signature(text))));
            }
            store.write(articles, List.of());
        }
        return db;
    }

    /** The record with its dates (when.start, when.end) {@code weeks} later. */
    private static String moveWeeks(String json, int weeks) {
        Matcher m =
                Pattern.compile("\"(start|end)\":\"(\\d{4}-\\d\\d-\\d\\d)\"").matcher(json);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    out,
                    "\"" + m.group(1) + "\":\"" + LocalDate.parse(m.group(2)).plusWeeks(weeks) + "\"");
        }
        return m.appendTail(out).toString();
    }

    static Path seed(Path dir) throws Exception {
        String text = resource("it/russia-iran-syria.txt");
        List<String> events = resource("serve/seed-events.jsonl")
                .lines()
                .filter(l -> !l.isBlank())
                .toList();
        Article article = new Article(
                "seed",
                text,
                Optional.of(LocalDate.of(2019, 5, 13)),
                Optional.empty(),
                Optional.of("Iran Focus"),
                Optional.of("Russia and Iran in Syria"),
                Optional.empty(),
                "seed");
        Path db = dir.resolve("seed.duckdb");
        try (EventStore store = EventStore.open(db)) {
            store.write(
                    List.of(new StoredArticle(
                            ArticleKey.of(article),
                            article,
                            events,
                            Optional.empty(),
                            MinHash.encode(MinHash.signature(text)))),
                    List.of());
        }
        return db;
    }
}
