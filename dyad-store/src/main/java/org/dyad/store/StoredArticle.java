package org.dyad.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dyad.model.Article;

/**
 * One article as the store keeps it: its key, the article, the {@code dyad.event/1} JSON of each
 * of its events (one object, no line end), why coding failed if it did, and the fingerprint that
 * later near-copies are matched against.
 */
public record StoredArticle(
        String key, Article article, List<String> eventJson, Optional<String> failure, String fingerprint) {
    public StoredArticle {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(article, "article");
        eventJson = List.copyOf(eventJson);
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (failure.isPresent() && !eventJson.isEmpty()) {
            throw new IllegalArgumentException("article " + key + " failed but has " + eventJson.size() + " events");
        }
    }
}
