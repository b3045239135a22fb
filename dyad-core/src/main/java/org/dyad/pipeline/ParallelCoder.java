package org.dyad.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.Diagnostic;
import org.dyad.stage.StageContext;

/**
 * Codes many articles with N worker threads sharing one pipeline, handing results to the sink
 * in input order. At most a few articles per worker are in flight, so memory stays bounded
 * however long the input is.
 */
public final class ParallelCoder {
    private final DyadPipeline pipeline;
    private final int threads;

    /** One article's result: the coded article, or why it failed, plus the diagnostics met. */
    public record Outcome(Article article, Optional<CodedArticle> coded, Optional<String> failure,
                          java.util.List<Diagnostic> diagnostics) {
    }

    public ParallelCoder(DyadPipeline pipeline, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads + " is below 1");
        }
        this.pipeline = pipeline;
        this.threads = threads;
    }

    public void codeAll(Iterator<Article> articles, Consumer<Outcome> sink) {
        if (threads == 1) {
            articles.forEachRemaining(a -> sink.accept(codeOne(a)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dyad-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            while (articles.hasNext()) {
                Article a = articles.next();
                window.add(pool.submit(() -> codeOne(a)));
                if (window.size() >= threads * 4) {
                    sink.accept(await(window.poll()));
                }
            }
            while (!window.isEmpty()) {
                sink.accept(await(window.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Codes one article; a failure inside is reported as the outcome, never thrown, so one bad article cannot stop a run. */
    public Outcome codeOne(Article article) {
        StageContext context = new StageContext(article.origin());
        try {
            CodedArticle coded = pipeline.code(article, context);
            return new Outcome(article, Optional.of(coded), Optional.empty(), context.diagnostics());
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(article, Optional.empty(), Optional.of(e.toString()), context.diagnostics());
        }
    }

    private static Outcome await(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while coding", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed outside the per-article guard", e.getCause());
        }
    }
}
