package org.dyad.spark;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dyad.actors.ActorLexicon;
import org.dyad.coding.patterns.EventPatterns;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.dyad.pipeline.DyadPipeline;

/**
 * The one dyad pipeline of an executor JVM, built on first use and shared by every task that
 * the executor runs at the same time (a pipeline is thread-safe).
 *
 * <p>This static map is the one documented exception to dyad's "no global state" rule. The
 * pipeline holds CoreNLP's models (about 1.1 GB of heap, 10-20 s to load), so it must be built
 * once per JVM, not once per partition or task; Spark gives user code no per-executor start or
 * stop hook, and a broadcast variable would serialise the models from the driver instead of
 * loading them where they are used. Keying by {@link PipelineConfig} keeps two jobs with
 * different options in one long-lived executor (a notebook session) from sharing a pipeline
 * built for the other. Pipelines live until the JVM ends, which is when an executor's
 * resources go anyway.
 */
public final class ExecutorPipeline {
    private static final Map<PipelineConfig, DyadPipeline> PIPELINES = new ConcurrentHashMap<>();

    private ExecutorPipeline() {}

    /** The pipeline for {@code config} in this JVM; the first caller loads it, callers meanwhile wait. */
    public static DyadPipeline get(PipelineConfig config) {
        return PIPELINES.computeIfAbsent(config, ExecutorPipeline::load);
    }

    /**
     * Builds the pipeline exactly as {@code dyad code} does (its Engine, given no dictionary or
     * pattern files): the same data in the same order, so the same article gives the same
     * events and event ids here as on the command line.
     */
    static DyadPipeline load(PipelineConfig config) {
        ActorLexicon lexicon = ActorLexicon.load(List.of());
        EventPatterns patterns = EventPatterns.load(List.of());
        DyadPipeline pipeline =
                DyadPipeline.withBundledData(new CoreNlpAnnotator(), patterns, lexicon, config.coreference());
        // CoreNLP loads some models on first use; as in the CLI, one sentence now rather than inside a task's first
        // article.
        pipeline.annotator().annotate("Officials in Paris said on Monday that talks had begun.");
        return pipeline;
    }
}
