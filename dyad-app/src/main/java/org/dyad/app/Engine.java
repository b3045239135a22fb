package org.dyad.app;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.dyad.actors.ActorLexicon;
import org.dyad.coding.cameo.VerbDictionary;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.dyad.pipeline.DyadPipeline;

/** Builds the one pipeline a command uses: CoreNLP's models, the bundled dictionaries and the user's own. */
final class Engine {
    private Engine() {
    }

    /**
     * Loads the pipeline with the user's actor dictionaries (checked to exist) and coreference as
     * asked, printing the dictionaries' malformed lines on {@code err} first: they do not stop the run.
     */
    static DyadPipeline load(PrintWriter err, PipelineOptions options) {
        List<Path> dictionaries = options.checked();
        if (Terminal.stderrIsTerminal()) {
            err.println("dyad: loading NLP models and dictionaries (10-25 s) ...");
            err.flush();
        }
        long start = System.nanoTime();
        ActorLexicon lexicon = lexicon(dictionaries);
        lexicon.userDiagnostics().forEach(d -> err.println("dyad: " + d));
        err.flush();
        DyadPipeline pipeline = DyadPipeline.withBundledData(new CoreNlpAnnotator(), VerbDictionary.loadBundled(), lexicon,
                !options.noCoreference);
        // CoreNLP loads some models on first use; one short sentence now keeps load time out of coding time.
        pipeline.annotator().annotate("Officials in Paris said on Monday that talks had begun.");
        if (Terminal.stderrIsTerminal()) {
            err.printf("dyad: ready in %.1f s%n", (System.nanoTime() - start) / 1e9);
            err.flush();
        }
        return pipeline;
    }

    private static ActorLexicon lexicon(List<Path> dictionaries) {
        try {
            return ActorLexicon.load(dictionaries);
        } catch (UncheckedIOException e) {
            // The files were there a moment ago; what is left is an unreadable one, e.g. not UTF-8.
            throw new UserError(e.getMessage(), ExitCode.USAGE);
        }
    }
}
