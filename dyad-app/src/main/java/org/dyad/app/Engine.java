package org.dyad.app;

import java.io.PrintWriter;
import org.dyad.coding.cameo.VerbDictionary;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.dyad.pipeline.DyadPipeline;

/** Builds the one pipeline a command uses: CoreNLP's models and the bundled dictionaries. */
final class Engine {
    private Engine() {
    }

    static DyadPipeline load(PrintWriter err) {
        if (Terminal.stderrIsTerminal()) {
            err.println("dyad: loading NLP models and dictionaries (10-25 s) ...");
            err.flush();
        }
        long start = System.nanoTime();
        DyadPipeline pipeline = DyadPipeline.withBundledData(new CoreNlpAnnotator(), VerbDictionary.loadBundled());
        // CoreNLP loads some models on first use; one short sentence now keeps load time out of coding time.
        pipeline.annotator().annotate("Officials in Paris said on Monday that talks had begun.");
        if (Terminal.stderrIsTerminal()) {
            err.printf("dyad: ready in %.1f s%n", (System.nanoTime() - start) / 1e9);
            err.flush();
        }
        return pipeline;
    }
}
