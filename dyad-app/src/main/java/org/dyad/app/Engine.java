package org.dyad.app;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dyad.actors.ActorLexicon;
import org.dyad.coding.patterns.EventPatterns;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.corenlp.ArabicAnnotator;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.dyad.nlp.lemma.SpanishLemmatizer;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.LanguagePipelines;
import org.dyad.rules.Rules;
import org.dyad.stage.StageTimes;

/** Builds the one pipeline a command uses: CoreNLP's models, the bundled dictionaries and patterns and the user's own. */
final class Engine {
    private Engine() {}

    /** As {@link #load(PrintWriter, PipelineOptions, int)} on one thread. */
    static DyadPipeline load(PrintWriter err, PipelineOptions options) {
        return load(err, options, 1);
    }

    /**
     * Loads the pipeline with the user's actor dictionaries, event patterns and rules (checked to exist)
     * and coreference as asked, printing the malformed lines of the user's files on {@code err}
     * first: they do not stop the run. A text longer than one piece is annotated on up to
     * {@code threads} threads.
     */
    static DyadPipeline load(PrintWriter err, PipelineOptions options, int threads) {
        return load(
                err,
                options,
                times -> new CoreNlpAnnotator(options.nlp, times, threads),
                Map.of(
                        LanguagePipelines.SPANISH,
                        times -> CoreNlpAnnotator.spanish(SpanishLemmatizer.load(), times, threads),
                        LanguagePipelines.ARABIC,
                        ArabicAnnotator::new),
                true);
    }

    /**
     * As {@link #load(PrintWriter, PipelineOptions)}, annotating with {@code annotator} instead of
     * CoreNLP (the validation records' own parses): no NLP model is loaded.
     */
    static DyadPipeline load(PrintWriter err, PipelineOptions options, Annotator annotator) {
        return load(
                err,
                options,
                times -> annotator,
                Map.of(LanguagePipelines.SPANISH, times -> annotator, LanguagePipelines.ARABIC, times -> annotator),
                false);
    }

    private static DyadPipeline load(
            PrintWriter err,
            PipelineOptions options,
            Function<StageTimes, Annotator> annotators,
            Map<LanguagePipelines.Language, Function<StageTimes, Annotator>> others,
            boolean warmUp) {
        options.check();
        if (Terminal.stderrIsTerminal()) {
            err.println("dyad: loading NLP models and dictionaries (10-25 s) ...");
            err.flush();
        }
        long start = System.nanoTime();
        ActorLexicon lexicon = userFile(() -> ActorLexicon.load(options.dictionaries));
        lexicon.userDiagnostics().forEach(d -> err.println("dyad: " + d));
        EventPatterns patterns = userFile(() -> EventPatterns.load(options.patterns));
        patterns.userDiagnostics().forEach(d -> err.println("dyad: " + d));
        Rules rules = userFile(() -> Rules.loadBundled().withUserFiles(options.rules));
        rules.userDiagnostics().forEach(d -> err.println("dyad: " + d));
        err.flush();
        StageTimes times = new StageTimes();
        DyadPipeline pipeline = DyadPipeline.withBundledData(
                annotators.apply(times), patterns, rules, lexicon, !options.noCoreference, times);
        boolean coreference = !options.noCoreference;
        LanguagePipelines.UserFiles user =
                new LanguagePipelines.UserFiles(options.dictionaries, options.patterns, options.rules);
        // Each other language's models load when its first article comes, with the user's files.
        for (Map.Entry<LanguagePipelines.Language, Function<StageTimes, Annotator>> e : others.entrySet()) {
            pipeline = pipeline.coding(
                    e.getKey().code(),
                    () -> LanguagePipelines.build(e.getKey(), e.getValue().apply(times), coreference, times, user));
        }
        if (options.language != null) {
            pipeline = pipeline.readingAs(options.language);
        }
        // CoreNLP loads some models on first use; one short sentence now keeps load time out of coding time.
        if (warmUp) {
            pipeline.annotator().annotate("Officials in Paris said on Monday that talks had begun.");
        }
        if (Terminal.stderrIsTerminal()) {
            err.printf("dyad: ready in %.1f s%n", (System.nanoTime() - start) / 1e9);
            err.flush();
        }
        return pipeline;
    }

    /** What {@code read} reads from the user's files; a file that fails is a user error. */
    private static <T> T userFile(Supplier<T> read) {
        try {
            return read.get();
        } catch (UncheckedIOException e) {
            // The files were there a moment ago; what is left is an unreadable one, e.g. not UTF-8.
            throw new UserError(e.getMessage(), ExitCode.USAGE);
        }
    }
}
