package org.dyad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.pipeline.ParallelCoder;

/**
 * The events of a run over the articles to score, article by article in input order: what the
 * scorers take. An article that could not be coded is kept with no events (its outcome, failure
 * and diagnostics go to the listener, which reports them), as its gold events are then missed.
 */
public record CodedRun(List<ArticleEvents> articles) {

    /** One article and the events coded from it; empty when it failed. */
    public record ArticleEvents(Article article, List<Event> events) {
        public ArticleEvents {
            Objects.requireNonNull(article, "article");
            events = List.copyOf(events);
        }
    }

    public CodedRun {
        articles = List.copyOf(articles);
    }

    /** Codes {@code articles} with {@code coder}, handing each outcome to {@code listener} as it comes, in input order. */
    public static CodedRun code(ParallelCoder coder, List<Article> articles, Consumer<ParallelCoder.Outcome> listener) {
        List<ArticleEvents> out = new ArrayList<>();
        coder.codeAll(articles.iterator(), o -> {
            listener.accept(o);
            out.add(new ArticleEvents(
                    o.article(), o.coded().map(c -> c.events()).orElse(List.of())));
        });
        return new CodedRun(out);
    }

    /** Every event of the run, in the order coded. */
    public List<Event> events() {
        return articles.stream().flatMap(a -> a.events().stream()).toList();
    }

    public List<Article> inputs() {
        return articles.stream().map(ArticleEvents::article).toList();
    }
}
