package org.dyad.eval;

import java.util.List;

/**
 * A gold file as {@link GoldReader} reads it: its articles, and whether it is exhaustive, that is
 * lists every event of its articles, so that matched out of coded is the true precision.
 */
public record GoldFile(List<GoldArticle> articles, boolean exhaustive) {
    public GoldFile {
        articles = List.copyOf(articles);
    }
}
