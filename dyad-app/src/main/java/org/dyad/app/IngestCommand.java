package org.dyad.app;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.dyad.format.EventJsonWriter;
import org.dyad.format.ReadResult;
import org.dyad.ingest.ArticleSources;
import org.dyad.ingest.Ingest;
import org.dyad.ingest.IngestSummary;
import org.dyad.model.Article;
import org.dyad.model.Diagnostic;
import org.dyad.model.QualifiedArticle;
import org.dyad.pipeline.ArticleWorkers;
import org.dyad.pipeline.DyadPipeline;
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

    /** Nanoseconds spent coding and storing, for the summary's rate; 0 when nothing was coded. */
    private long codingNanos;

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
        List<Article> articles = new ArrayList<>();
        int unreadable = 0;
        for (String path : paths) {
            ReadResult r = sources.read(path);
            articles.addAll(r.articles());
            for (Diagnostic d : r.diagnostics()) {
                err.println("dyad: " + d);
                unreadable++;
            }
            err.flush();
        }
        if (articles.isEmpty()) {
            if (unreadable > 0) {
                return ExitCode.NO_INPUT; // each unusable input has had its one line, as with dyad code
            }
            throw new UserError("nothing to ingest: no article in " + String.join(", ", paths), ExitCode.NO_INPUT);
        }
        try (EventStore db = store.openForWriting()) {
            Ingest.Plan plan = Ingest.plan(db, articles, NEAR_COPY);
            IngestSummary summary = plan.toCode().isEmpty()
                    ? new Ingest(db, IngestCommand::nothingToCode, 1).run(plan, new Reporter(err, Optional.empty()))
                    : code(db, plan, err);
            report(err, summary, unreadable, db.counts());
        } catch (StoreException e) {
            throw new UserError(e.getMessage(), ExitCode.STORE);
        }
        return ExitCode.OK;
    }

    /** Loads the pipeline only when there is something to code: a second run over the same input is quick. */
    private IngestSummary code(EventStore db, Ingest.Plan plan, PrintWriter err) throws StoreException {
        try (DyadPipeline pipeline = Engine.load(err, pipelineOptions, workers.threads)) {
            BiFunction<Article, StageContext, List<String>> coder =
                    (article, context) -> json(pipeline.code(article, context));
            Progress progress =
                    new Progress(err, plan.toCode().size(), Terminal.stderrIsTerminal(), "ingested", "event");
            long start = System.nanoTime();
            IngestSummary summary =
                    new Ingest(db, coder, workers.threads).run(plan, new Reporter(err, Optional.of(progress)));
            codingNanos = System.nanoTime() - start;
            return summary;
        }
    }

    /** Tells the user what each coded article brought and when the store's stories are regrouped. */
    private record Reporter(PrintWriter err, Optional<Progress> progress) implements Ingest.Listener {
        @Override
        public void coded(ArticleWorkers.Result<List<String>> r, long events) {
            r.diagnostics().forEach(d -> err.println("dyad: " + d));
            r.failure()
                    .ifPresent(f -> err.println("dyad: "
                            + new Diagnostic(
                                    r.article().origin(), "could not be coded: " + f + " (stored without events)")));
            progress.ifPresent(p -> p.step((int) events));
        }

        @Override
        public void groupingStories() {
            progress.ifPresent(Progress::finish);
            err.println("dyad: ingest: grouping the store's events into story events ...");
            err.flush();
        }
    }

    private static List<String> nothingToCode(Article article, StageContext context) {
        throw new IllegalStateException("the plan has nothing to code, yet " + article.origin() + " came");
    }

    /** The events as {@code dyad code} writes them: offsets in code points of the article's text. */
    private static List<String> json(QualifiedArticle coded) {
        return EventJsonWriter.toJsonLines(coded.events(), coded.article().text());
    }

    private void report(PrintWriter err, IngestSummary s, int unreadable, StoreCounts counts) {
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
                codingNanos > 0
                        ? String.format(
                                java.util.Locale.ROOT,
                                " in %.1f s (%.2f articles/s)",
                                codingNanos / 1e9,
                                s.stored() / (codingNanos / 1e9))
                        : "",
                unreadable > 0 ? "; " + unreadable + " input problem(s) named above" : "");
        err.printf(
                "dyad: store %s: %d article(s), %d near-copies, %d event(s) in %d story event(s)%n",
                store.file(), counts.articles(), counts.copies(), counts.events(), counts.stories());
        err.flush();
    }
}
