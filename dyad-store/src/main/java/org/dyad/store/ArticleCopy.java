package org.dyad.store;

import java.util.Objects;
import org.dyad.model.Article;

/**
 * An article that is a near-copy of one the store keeps (the same wire story on another site):
 * stored once as a pointer to the kept article, with its own URL and publisher.
 */
public record ArticleCopy(String key, String keptKey, Article article, double similarity) {
    public ArticleCopy {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(keptKey, "keptKey");
        Objects.requireNonNull(article, "article");
        if (similarity < 0 || similarity > 1) {
            throw new IllegalArgumentException("similarity " + similarity + " is outside 0..1");
        }
        if (key.equals(keptKey)) {
            throw new IllegalArgumentException("article " + key + " cannot be a copy of itself");
        }
    }
}
