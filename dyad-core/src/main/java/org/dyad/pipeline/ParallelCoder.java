package org.dyad.pipeline;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.dyad.model.Article;
import org.dyad.model.Diagnostic;
import org.dyad.model.QualifiedArticle;

/**
 * Codes many articles with N worker threads sharing one pipeline, handing results to the sink
 * in input order; {@link ArticleWorkers} does the threading.
 */
public final class ParallelCoder {
    private final ArticleWorkers<QualifiedArticle> workers;

    /** One article's result: the coded article, or why it failed, plus the diagnostics met. */
    public record Outcome(
            Article article,
            Optional<QualifiedArticle> coded,
            Optional<String> failure,
            List<Diagnostic> diagnostics) {}

    public ParallelCoder(DyadPipeline pipeline, int threads) {
        this.workers = new ArticleWorkers<>(pipeline::code, threads);
    }

    public void codeAll(Iterator<Article> articles, Consumer<Outcome> sink) {
        workers.runAll(articles, r -> sink.accept(outcome(r)));
    }

    /** Codes one article; a failure inside is reported as the outcome, never thrown, so one bad article cannot stop a run. */
    public Outcome codeOne(Article article) {
        return outcome(workers.runOne(article));
    }

    private static Outcome outcome(ArticleWorkers.Result<QualifiedArticle> r) {
        return new Outcome(r.article(), r.value(), r.failure(), r.diagnostics());
    }
}
