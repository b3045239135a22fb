package org.dyad.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.dedup.ArticleKey;
import org.dyad.dedup.MinHash;
import org.dyad.model.Article;
import org.dyad.store.EventStore;
import org.dyad.store.StoredArticle;

/** A store holding the seed article and the events coded from it (test resources), made without NLP models. */
final class TestStore {
    private TestStore() {
    }

    static String resource(String name) throws IOException {
        try (InputStream in = TestStore.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("test resource " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Path seed(Path dir) throws Exception {
        String text = resource("it/russia-iran-syria.txt");
        List<String> events = resource("serve/seed-events.jsonl").lines().filter(l -> !l.isBlank()).toList();
        Article article = new Article("seed", text, Optional.of(LocalDate.of(2019, 5, 13)), Optional.empty(),
                Optional.of("Iran Focus"), Optional.of("Russia and Iran in Syria"), Optional.empty(), "seed");
        Path db = dir.resolve("seed.duckdb");
        try (EventStore store = EventStore.open(db)) {
            store.write(List.of(new StoredArticle(ArticleKey.of(article), article, events, Optional.empty(),
                    MinHash.encode(MinHash.signature(text)))), List.of());
        }
        return db;
    }
}
