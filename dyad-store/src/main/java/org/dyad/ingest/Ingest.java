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
 * Puts articles into the store, once each. First every article is checked, in input order,
 * against the store and this input: one whose key is known is skipped, one that is a near-copy
 * of a kept article is recorded as its copy, the rest are coded. Coded articles are written in
 * small batches, each one transaction with the articles' events and copies, in input order; so
 * a run killed at any moment and run again ends as one uninterrupted run would.
 */
public final class Ingest {
    /** Articles per transaction: small enough that a kill loses little work, large enough to batch appends. */
    private static final int BATCH = 16;
    /** A batch is written at least this often, so a slow run still commits steadily. */
    private static final long BATCH_NANOS = 2_000_000_000L;

    private final EventStore store;
    private final BiFunction<Article, StageContext, List<String>> coder;
    private final int threads;

    /** Told of each article coded, in input order. */
    @FunctionalInterface
    public interface Listener {
        void coded(ArticleWorkers.Result<List<String>> result, long eventsSoFar);

        /** All articles are stored; the story events of the whole store are being regrouped (a while on a big store). */
        default void groupingStories() {}
    }

    /**
     * An ingest into {@code store}; {@code coder} (thread-safe) gives the {@code dyad.event/1}
     * JSON of an article's events, run on {@code threads} threads.
     */
    public Ingest(EventStore store, BiFunction<Article, StageContext, List<String>> coder, int threads) {
        this.store = store;
        this.coder = coder;
        this.threads = threads;
    }

    /** What {@link #plan} found: the articles to code, in order, and the copies of kept articles. */
    public record Plan(
            List<Pending> toCode,
            Map<String, List<ArticleCopy>> copiesByKept,
            int read,
            int alreadyStored,
            int repeated,
            int nearCopies) {}

    /** An article to code with its key and fingerprint. */
    public record Pending(String key, Article article, String fingerprint) {}

    /**
     * Sorts {@code articles} into those to code, copies and duplicates, by what {@code store}
     * holds; articles at least {@code threshold} similar to a kept one are its near-copies.
     * Writes nothing.
     */
    public static Plan plan(EventStore store, List<Article> articles, double threshold) throws StoreException {
        Set<String> known = store.knownKeys();
        NearDuplicates index = new NearDuplicates(threshold);
        store.fingerprints().forEach((key, print) -> index.add(key, MinHash.decode(print)));
        Set<String> seen = new HashSet<>();
        List<Pending> toCode = new ArrayList<>();
        Map<String, List<ArticleCopy>> copies = new HashMap<>();
        int alreadyStored = 0;
        int repeated = 0;
        int near = 0;
        for (Article a : articles) {
            String key = ArticleKey.of(a);
            if (known.contains(key)) {
                alreadyStored++;
                continue;
            }
            if (!seen.add(key)) {
                repeated++;
                continue;
            }
            long[] signature = MinHash.signature(a.text());
            Optional<NearDuplicates.Match> match = index.find(signature);
            if (match.isPresent()) {
                near++;
                copies.computeIfAbsent(match.get().keptKey(), k -> new ArrayList<>())
                        .add(new ArticleCopy(
                                key, match.get().keptKey(), a, match.get().similarity()));
                continue;
            }
            index.add(key, signature);
            toCode.add(new Pending(key, a, MinHash.encode(signature)));
        }
        return new Plan(toCode, copies, articles.size(), alreadyStored, repeated, near);
    }

    /** Codes and stores what {@code plan} says; copies of articles stored earlier go in first. */
    public IngestSummary run(Plan plan, Listener listener) throws StoreException {
        Map<String, List<ArticleCopy>> copies = new HashMap<>(plan.copiesByKept());
        Set<String> toCode = new HashSet<>();
        plan.toCode().forEach(p -> toCode.add(p.key()));
        List<ArticleCopy> ofStored = new ArrayList<>();
        copies.keySet()
                .removeIf(kept -> !toCode.contains(kept)
                        && ofStored.addAll(plan.copiesByKept().get(kept)));
        if (!ofStored.isEmpty()) {
            store.write(List.of(), ofStored);
        }
        Writer writer = new Writer(copies);
        Queue<Pending> order = new ArrayDeque<>(plan.toCode());
        ArticleWorkers<List<String>> workers = new ArticleWorkers<>(coder, threads);
        try {
            workers.runAll(plan.toCode().stream().map(Pending::article).iterator(), r -> {
                writer.add(order.remove(), r);
                listener.coded(r, writer.events);
            });
        } catch (UncheckedStoreException e) {
            throw e.getCause();
        }
        writer.flush();
        listener.groupingStories();
        StoryTable.rebuild(store);
        return new IngestSummary(
                plan.read(),
                plan.alreadyStored(),
                plan.repeated(),
                plan.nearCopies(),
                writer.stored,
                writer.failed,
                writer.events);
    }

    /** Collects coded articles into batches and writes each in one transaction. */
    private final class Writer {
        private final Map<String, List<ArticleCopy>> copies;
        private final List<StoredArticle> articles = new ArrayList<>();
        private final List<ArticleCopy> batchCopies = new ArrayList<>();
        private long started = System.nanoTime();
        int stored;
        int failed;
        long events;

        Writer(Map<String, List<ArticleCopy>> copies) {
            this.copies = copies;
        }

        void add(Pending p, ArticleWorkers.Result<List<String>> r) {
            List<String> json = r.value().orElse(List.of());
            articles.add(new StoredArticle(p.key(), p.article(), json, r.failure(), p.fingerprint()));
            batchCopies.addAll(copies.getOrDefault(p.key(), List.of()));
            stored++;
            failed += r.failure().isPresent() ? 1 : 0;
            events += json.size();
            if (articles.size() >= BATCH || System.nanoTime() - started > BATCH_NANOS) {
                try {
                    flush();
                } catch (StoreException e) {
                    throw new UncheckedStoreException(e);
                }
            }
        }

        void flush() throws StoreException {
            if (!articles.isEmpty() || !batchCopies.isEmpty()) {
                store.write(articles, batchCopies);
            }
            articles.clear();
            batchCopies.clear();
            started = System.nanoTime();
        }
    }

    /** Carries a store failure out of the workers' sink, which may not throw checked exceptions. */
    private static final class UncheckedStoreException extends RuntimeException {
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
