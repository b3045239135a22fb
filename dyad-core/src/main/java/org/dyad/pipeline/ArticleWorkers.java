package org.dyad.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.dyad.model.Article;
import org.dyad.model.Diagnostic;
import org.dyad.stage.StageContext;

/**
 * A pool of N worker threads that does one piece of work (coding, finding actors, storing) on many
 * articles, handing results to the sink in input order, on the calling thread, so that the sink
 * needs no locking and output files come out in the order of the input. At most a few articles per worker are in flight,
 * so memory stays bounded however long the input is; a failure inside one article becomes that
 * article's result and never stops the run.
 *
 * @param <T> what the work makes of one article
 */
public final class ArticleWorkers<T> {
    private final BiFunction<Article, StageContext, T> work;
    private final int threads;

    /** One article's result: what the work made of it, or why it failed, plus the diagnostics met. */
    public record Result<T>(
            Article article, Optional<T> value, Optional<String> failure, List<Diagnostic> diagnostics) {
        public Result {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(failure, "failure");
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** The default number of workers: one per core, as the NLP work is all computation. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Workers doing {@code work}, which must be thread-safe, on {@code threads} threads. */
    public ArticleWorkers(BiFunction<Article, StageContext, T> work, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads + " is below 1");
        }
        this.work = Objects.requireNonNull(work, "work");
        this.threads = threads;
    }

    public void runAll(Iterator<Article> articles, Consumer<Result<T>> sink) {
        Session session = open(sink);
        try {
            articles.forEachRemaining(session::submit);
            session.finish();
        } finally {
            session.stop();
        }
    }

    /**
     * Opens a session that takes articles one at a time, for inputs that push articles as they
     * are read rather than give an iterator. {@link Session#finish} hands over the results still in
     * flight; {@link Session#stop} (in a finally block) ends the workers whatever happened.
     */
    public Session open(Consumer<Result<T>> sink) {
        return new Session(sink);
    }

    /** Articles handed in one by one; results reach the sink in the order the articles came. */
    public final class Session {
        private final Consumer<Result<T>> sink;
        private final ExecutorService pool;
        private final Deque<Future<Result<T>>> window = new ArrayDeque<>();

        private Session(Consumer<Result<T>> sink) {
            this.sink = Objects.requireNonNull(sink, "sink");
            this.pool = threads == 1
                    ? null
                    : Executors.newFixedThreadPool(threads, r -> {
                        Thread t = new Thread(r, "dyad-worker");
                        t.setDaemon(true);
                        return t;
                    });
        }

        /** Starts work on {@code article}; may first hand the oldest result to the sink, to keep the window small. */
        public void submit(Article article) {
            if (pool == null) {
                sink.accept(runOne(article));
                return;
            }
            window.add(pool.submit(() -> runOne(article)));
            if (window.size() >= threads * 4) {
                sink.accept(await(window.poll()));
            }
        }

        /** Hands every result still in flight to the sink, then stops the workers. */
        public void finish() {
            while (!window.isEmpty()) {
                sink.accept(await(window.poll()));
            }
            stop();
        }

        /** Stops the workers, dropping what is in flight (after a failure); harmless when called again. */
        public void stop() {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** Works on one article; a failure inside is reported as the result, never thrown, so one bad article cannot stop a run. */
    public Result<T> runOne(Article article) {
        StageContext context = new StageContext(article.origin());
        try {
            T value = work.apply(article, context);
            return new Result<>(article, Optional.of(value), Optional.empty(), context.diagnostics());
        } catch (RuntimeException | StackOverflowError e) {
            return new Result<>(article, Optional.empty(), Optional.of(e.toString()), context.diagnostics());
        }
    }

    private static <T> Result<T> await(Future<Result<T>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while working on articles", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed outside the per-article guard", e.getCause());
        }
    }
}
