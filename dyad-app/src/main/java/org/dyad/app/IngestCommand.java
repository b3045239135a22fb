package org.dyad.app;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.dyad.format.EventJsonWriter;
import org.dyad.format.ReadResult;
import org.dyad.ingest.ArticleSources;
import org.dyad.ingest.Ingest;
import org.dyad.ingest.IngestSummary;
import org.dyad.ingest.InputEstimate;
import org.dyad.model.Article;
import org.dyad.model.Diagnostic;
import org.dyad.model.OneLine;
import org.dyad.model.QualifiedArticle;
import org.dyad.pipeline.ArticleWorkers;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.LazyPipeline;
import org.dyad.stage.StageContext;
import org.dyad.store.EventStore;
import org.dyad.store.StoreCounts;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad ingest}: articles from files, crawls, feeds and URLs coded into the store, each once. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Codes articles into the event store, each article once.",
            "PATH is a directory (read recursively), a .txt, .html or .jsonl file (gzipped or not), an RSS or Atom "
                    + "feed (.rss, .atom, .xml), a WARC file (.warc, .warc.gz; HTML responses only), or the http(s) URL "
                    + "of a page or feed (fetched with timeouts and a pause between requests to one host).",
            "Articles already in the store are skipped, so running again adds nothing and a run that was stopped "
                    + "goes on where it stopped. Near-copies of a stored article (the same wire story elsewhere) are "
                    + "recorded as its copies, not coded again. See docs/store.md."
        })
public final class IngestCommand implements Callable<Integer> {
    /** Articles at least this similar (estimated Jaccard over 5-word shingles) are near-copies. */
    static final double NEAR_COPY = 0.8;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, feeds, WARC files or URLs.")
    List<String> paths;

    @Mixin
    StoreOption store;

    @Mixin
    WorkerOptions workers;

    @Mixin
    PipelineOptions pipelineOptions;

    @Option(
            names = "--delay",
            paramLabel = "SECONDS",
            description = "Pause between two requests to the same host when fetching URLs (default: ${DEFAULT-VALUE}).")
    double delay = 1.0;

    /** Nanoseconds the run took after the store opened, for the summary's rate. */
    private long runNanos;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        workers.check();
        pipelineOptions.check();
        if (delay < 0) {
            throw new UserError("--delay must not be negative, not " + delay, ExitCode.USAGE);
        }
        ArticleSources sources = new ArticleSources(
                "dyad/" + DyadPipeline.version() + " (event coding of news)",
                Duration.ofSeconds(30),
                Duration.ofMillis(Math.round(delay * 1000)));
        long expected = paths.stream().mapToLong(InputEstimate::articles).sum();
        boolean newStore = !java.nio.file.Files.exists(store.file());
        int exit = ingest(sources, expected, err);
        if (exit == ExitCode.NO_INPUT && newStore) {
            // Nothing usable was given: leave no empty store behind.
            try {
                java.nio.file.Files.deleteIfExists(store.file());
                java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(store.file() + ".wal"));
            } catch (java.io.IOException e) {
                err.println("dyad: cannot remove the empty store " + store.file() + ": " + e.getMessage());
            }
        }
        return exit;
    }

    private int ingest(ArticleSources sources, long expected, PrintWriter err) {
        try (EventStore db = store.openForWriting();
                // Loaded the first time an article needs coding: a second run over the same input loads no models.
                LazyPipeline pipeline =
                        new LazyPipeline(() -> Engine.load(err, pipelineOptions, workers.threads), true);
                HeapWatch heap = new HeapWatch()) {
            long start = System.nanoTime();
            Progress progress = Progress.logging(err, expected, Terminal.stderrIsTerminal(), "ingested", "event");
            Ingest.Run run = new Ingest(db, () -> coder(pipeline.get()), workers.threads)
                    .start(NEAR_COPY, new Reporter(err, progress));
            int unreadable = 0;
            IngestSummary summary;
            try {
                for (String path : paths) {
                    ReadResult r = sources.read(path, run::accept);
                    for (Diagnostic d : r.diagnostics()) {
                        err.println("dyad: " + d);
                        unreadable++;
                    }
                    err.flush();
                }
                summary = run.finish();
            } catch (Ingest.UncheckedStoreException e) {
                throw e.getCause();
            } finally {
                run.stop();
            }
            runNanos = System.nanoTime() - start;
            if (summary.read() == 0) {
                if (unreadable > 0) {
                    return ExitCode.NO_INPUT; // each unusable input has had its one line, as with dyad code
                }
                err.println("dyad: nothing to ingest: no article in " + OneLine.of(String.join(", ", paths)));
                return ExitCode.NO_INPUT;
            }
            report(err, summary, unreadable, db.counts(), heap.peakMb());
        } catch (StoreException e) {
            throw new UserError(e.getMessage(), ExitCode.STORE);
        }
        return ExitCode.OK;
    }

    private static BiFunction<Article, StageContext, List<String>> coder(DyadPipeline loaded) {
        return (article, context) -> json(loaded.code(article, context));
    }

    /** Tells the user what each article brought and when the store's stories are grouped. */
    private record Reporter(PrintWriter err, Progress progress) implements Ingest.Listener {
        @Override
        public void coded(ArticleWorkers.Result<List<String>> r, long events) {
            r.diagnostics().forEach(d -> err.println("dyad: " + d));
            r.failure()
                    .ifPresent(f -> err.println("dyad: "
                            + new Diagnostic(
                                    r.article().origin(), "could not be coded: " + f + " (stored without events)")));
            progress.step(events);
        }

        @Override
        public void skipped() {
            progress.step(0);
        }

        @Override
        public void groupingStories() {
            progress.finish();
            err.println("dyad: ingest: grouping the new events into story events ...");
            err.flush();
        }
    }

    /** The events as {@code dyad code} writes them: offsets in code points of the article's text. */
    private static List<String> json(QualifiedArticle coded) {
        return EventJsonWriter.toJsonLines(coded.events(), coded.article().text());
    }

    private void report(PrintWriter err, IngestSummary s, int unreadable, StoreCounts counts, double peakHeapMb) {
        err.printf(
                "dyad: ingest: %d article(s) read; skipped as duplicates: %d (%d already stored, %d repeated in "
                        + "the input, %d near-copies); %d coded and stored%s, %d event(s)%s%s%n",
                s.read(),
                s.duplicates(),
                s.alreadyStored(),
                s.repeated(),
                s.nearCopies(),
                s.stored(),
                s.failed() > 0 ? " (" + s.failed() + " failed, with the reason)" : "",
                s.events(),
                s.stored() > 0
                        ? String.format(
                                java.util.Locale.ROOT,
                                " in %.1f s (%.2f articles/s, peak live heap %d MB)",
                                runNanos / 1e9,
                                s.stored() / (runNanos / 1e9),
                                Math.round(peakHeapMb))
                        : "",
                unreadable > 0 ? "; " + unreadable + " input problem(s) named above" : "");
        err.printf(
                "dyad: store %s: %d article(s), %d near-copies, %d event(s) in %d story event(s)%n",
                store.file(), counts.articles(), counts.copies(), counts.events(), counts.stories());
        err.flush();
    }
}
