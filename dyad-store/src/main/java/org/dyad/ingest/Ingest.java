package org.dyad.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.dyad.dedup.ArticleKey;
import org.dyad.dedup.MinHash;
import org.dyad.dedup.NearDuplicates;
import org.dyad.model.Article;
import org.dyad.pipeline.ArticleWorkers;
import org.dyad.stage.StageContext;
import org.dyad.store.ArticleCopy;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import org.dyad.store.StoredArticle;
import org.dyad.store.StoryTable;

/**
 * Puts articles into the store, once each, as they are read: a corpus of any size streams
 * through, with only the articles in flight in memory. Each article is checked, in input order,
 * against the store and the articles before it: one whose key is known is skipped, one that is a
 * near-copy of a kept article is recorded as its copy, the rest are coded. Coded articles are
 * written in small batches, each one transaction with the articles' events and copies, in input
 * order; so a run killed at any moment and run again ends as one uninterrupted run would. The
 * story events of what a run stored are grouped when it ends ({@link StoryTable#update}).
 */
public final class Ingest {
    /** Articles per transaction: small enough that a kill loses little work, large enough to batch appends. */
    private static final int BATCH = 16;
    /** A batch is written at least this often, so a slow run still commits steadily. */
    private static final long BATCH_NANOS = 2_000_000_000L;
    /** Copies of stored articles wait for the next batch, or are written alone when this many wait. */
    private static final int COPIES_BATCH = 256;

    private final EventStore store;
    private final Supplier<BiFunction<Article, StageContext, List<String>>> coder;
    private final int threads;

    /** Told of each article: skipped ones at once, coded ones in input order. */
    public interface Listener {
        void coded(ArticleWorkers.Result<List<String>> result, long eventsSoFar);

        /** An article was skipped as a duplicate or a near-copy, without coding. */
        default void skipped() {}

        /** All articles are stored; the story events of what the run stored are being grouped. */
        default void groupingStories() {}
    }

    /**
     * An ingest into {@code store}; {@code coder} gives the (thread-safe) function that makes the
     * {@code dyad.event/1} JSON of an article's events, run on {@code threads} threads. It is asked
     * for only when a first article needs coding, so a run that finds everything stored loads no models.
     */
    public Ingest(EventStore store, Supplier<BiFunction<Article, StageContext, List<String>>> coder, int threads) {
        this.store = store;
        this.coder = coder;
        this.threads = threads;
    }

    /** Ingests {@code articles}, read beforehand: {@link #start}, each article, {@link Run#finish}. */
    public IngestSummary run(List<Article> articles, double threshold, Listener listener) throws StoreException {
        Run run = start(threshold, listener);
        try {
            for (Article a : articles) {
                run.accept(a);
            }
            return run.finish();
        } catch (UncheckedStoreException e) {
            throw e.getCause();
        } finally {
            run.stop();
        }
    }

    /**
     * Starts a run: articles at least {@code threshold} similar to a kept one are its near-copies.
     * Feed it with {@link Run#accept}, end it with {@link Run#finish}, and call {@link Run#stop} in
     * a finally block.
     */
    public Run start(double threshold, Listener listener) throws StoreException {
        return new Run(threshold, listener);
    }

    /** One run over a stream of articles. Not thread-safe: feed it from one thread. */
    public final class Run {
        private final Listener listener;
        private final Set<String> known;
        private final NearDuplicates index;
        private final Set<String> seen = new HashSet<>();
        /** Keys of this run's articles already written: their copies can be written at once. */
        private final Set<String> written = new HashSet<>();
        /** Copies of this run's articles still being coded, by the kept article's key. */
        private final Map<String, List<ArticleCopy>> waiting = new HashMap<>();
        /** Copies whose kept article is stored: they go with the next batch. */
        private final List<ArticleCopy> ready = new ArrayList<>();

        private final Queue<Pending> order = new ArrayDeque<>();
        private final Writer writer = new Writer();
        private ArticleWorkers<List<String>>.Session session;
        private int read;
        private int alreadyStored;
        private int repeated;
        private int nearCopies;

        private Run(double threshold, Listener listener) throws StoreException {
            this.listener = listener;
            this.known = store.knownKeys();
            this.index = new NearDuplicates(threshold);
            store.fingerprints().forEach((key, print) -> index.add(key, MinHash.decode(print)));
        }

        /**
         * Takes the next article of the input: skips it, records it as a copy, or starts coding it.
         * A store failure comes out as {@link UncheckedStoreException}, for callers that read
         * articles through a {@code Consumer}.
         */
        public void accept(Article a) {
            read++;
            String key = ArticleKey.of(a);
            if (known.contains(key)) {
                alreadyStored++;
                listener.skipped();
                return;
            }
            if (!seen.add(key)) {
                repeated++;
                listener.skipped();
                return;
            }
            long[] signature = MinHash.signature(a.text());
            Optional<NearDuplicates.Match> match = index.find(signature);
            if (match.isPresent()) {
                nearCopies++;
                copy(new ArticleCopy(key, match.get().keptKey(), a, match.get().similarity()));
                listener.skipped();
                return;
            }
            index.add(key, signature);
            order.add(new Pending(key, a, MinHash.encode(signature)));
            session().submit(a);
        }

        private void copy(ArticleCopy c) {
            if (known.contains(c.keptKey()) || written.contains(c.keptKey())) {
                ready.add(c);
                if (ready.size() >= COPIES_BATCH) {
                    writer.flushUnchecked();
                }
            } else {
                waiting.computeIfAbsent(c.keptKey(), k -> new ArrayList<>()).add(c);
            }
        }

        private ArticleWorkers<List<String>>.Session session() {
            if (session == null) {
                session = new ArticleWorkers<>(coder.get(), threads).open(r -> {
                    writer.add(order.remove(), r);
                    listener.coded(r, writer.events);
                });
            }
            return session;
        }

        /** Codes and stores what is still in flight, then groups the run's events into story events. */
        public IngestSummary finish() throws StoreException {
            try {
                if (session != null) {
                    session.finish();
                }
            } catch (UncheckedStoreException e) {
                throw e.getCause();
            }
            writer.flush();
            if (writer.stored > 0) {
                listener.groupingStories();
            }
            // Even when nothing was stored: a killed run's rerun, which finds everything stored, groups its events.
            StoryTable.update(store);
            return new IngestSummary(
                    read, alreadyStored, repeated, nearCopies, writer.stored, writer.failed, writer.events);
        }

        /** Ends the workers, whatever happened; harmless after {@link #finish}. */
        public void stop() {
            if (session != null) {
                session.stop();
            }
        }

        /** Collects coded articles into batches and writes each in one transaction. */
        private final class Writer {
            private final List<StoredArticle> articles = new ArrayList<>();
            private final List<ArticleCopy> batchCopies = new ArrayList<>();
            private long started = System.nanoTime();
            int stored;
            int failed;
            long events;

            void add(Pending p, ArticleWorkers.Result<List<String>> r) {
                List<String> json = r.value().orElse(List.of());
                articles.add(new StoredArticle(p.key(), p.article(), json, r.failure(), p.fingerprint()));
                batchCopies.addAll(Optional.ofNullable(waiting.remove(p.key())).orElse(List.of()));
                written.add(p.key());
                stored++;
                failed += r.failure().isPresent() ? 1 : 0;
                events += json.size();
                if (articles.size() >= BATCH || System.nanoTime() - started > BATCH_NANOS) {
                    flushUnchecked();
                }
            }

            void flushUnchecked() {
                try {
                    flush();
                } catch (StoreException e) {
                    throw new UncheckedStoreException(e);
                }
            }

            void flush() throws StoreException {
                batchCopies.addAll(ready);
                ready.clear();
                if (!articles.isEmpty() || !batchCopies.isEmpty()) {
                    store.write(articles, batchCopies);
                }
                articles.clear();
                batchCopies.clear();
                started = System.nanoTime();
            }
        }
    }

    /** An article to code with its key and fingerprint. */
    private record Pending(String key, Article article, String fingerprint) {}

    /** Carries a store failure out of a {@code Consumer}, which may not throw checked exceptions. */
    public static final class UncheckedStoreException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UncheckedStoreException(StoreException cause) {
            super(cause);
        }

        @Override
        public synchronized StoreException getCause() {
            return (StoreException) super.getCause();
        }
    }
}
