package org.dyad.format.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.dyad.model.Article;

/**
 * Where a reader puts the articles it reads: handed on at once (a corpus streams through) or
 * kept in a list. It counts them and remembers the last one's origin, which a reader needs to
 * report damage after the last good article.
 */
public final class ArticleSink implements Consumer<Article> {
    private final Consumer<Article> each;
    private final List<Article> kept;
    private int count;
    private Optional<String> lastOrigin = Optional.empty();

    private ArticleSink(Consumer<Article> each, List<Article> kept) {
        this.each = each;
        this.kept = kept;
    }

    /** A sink that hands each article to {@code each} and keeps none. */
    public static ArticleSink forwarding(Consumer<Article> each) {
        return new ArticleSink(each, null);
    }

    /** A sink that keeps the articles, for {@link #kept}. */
    public static ArticleSink keeping() {
        List<Article> list = new ArrayList<>();
        return new ArticleSink(list::add, list);
    }

    @Override
    public void accept(Article article) {
        count++;
        lastOrigin = Optional.of(article.origin());
        each.accept(article);
    }

    public int count() {
        return count;
    }

    public Optional<String> lastOrigin() {
        return lastOrigin;
    }

    /** The articles a {@link #keeping} sink holds; empty for a forwarding one. */
    public List<Article> kept() {
        return kept == null ? List.of() : List.copyOf(kept);
    }
}
