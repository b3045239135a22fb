package org.dyad.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.format.EventJsonWriter;
import org.dyad.model.Article;
import org.dyad.model.QualifiedArticle;
import org.dyad.model.Sentence;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.ParallelCoder;
import org.dyad.stage.StageTimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad bench}: codes a corpus as {@code dyad code} does and reports how fast, where the time went and the memory. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Measures coding speed: codes the articles as 'dyad code' does (events are written as JSON Lines "
                    + "and thrown away) and prints the counts (articles, sentences, tokens, events), the time to load "
                    + "the models, the steady-state throughput after a warm-up on the first articles, the share of "
                    + "the time each stage took (CoreNLP's annotators one by one, actors, coding, qualify with attribution, time, "
                    + "place, writing) and the peak heap.",
            "Figures depend on the machine and on what else runs on it: compare runs made back to back."
        })
public final class BenchCommand implements Callable<Integer> {
    /** The stages in the order of the flow; any others follow. */
    private static final List<String> ORDER =
            List.of("annotate", "nlp.", "actors", "coding", "qualify", "attribution", "time", "place", "writing");

    @Spec
    CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "CORPUS",
            description = "Articles to code: any input 'dyad code' reads (.jsonl, .txt, .html, - for standard input).")
    List<String> files;

    @Mixin
    WorkerOptions threadsOption;

    @Option(
            names = "--warmup",
            paramLabel = "N",
            description = "Articles coded first and not counted, so that the JIT and lazy models are warm "
                    + "(default: a tenth of the corpus, at least 1 and at most 10).")
    Integer warmup;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.TABLE;

    @Option(
            names = "--published",
            paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) for articles that do not give their own.")
    LocalDate published;

    @Mixin
    PipelineOptions pipelineOptions;

    /** The report formats. */
    public enum Format {
        TABLE,
        JSON;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        int threads = threadsOption.checked();
        if (warmup != null && warmup < 0) {
            throw new UserError("--warmup must be 0 or more, not " + warmup, ExitCode.USAGE);
        }
        pipelineOptions.check();
        List<Article> articles =
                Inputs.read(files, Optional.ofNullable(published), err).articles();
        if (articles.isEmpty()) {
            throw new UserError("nothing to measure: no article in " + String.join(", ", files), ExitCode.NO_INPUT);
        }
        long loadStart = System.nanoTime();
        try (HeapWatch heap = new HeapWatch();
                DyadPipeline pipeline = Engine.load(err, pipelineOptions, threads)) {
            double load = (System.nanoTime() - loadStart) / 1e9;
            int warm = Math.min(
                    articles.size(), warmup != null ? warmup : Math.max(1, Math.min(10, articles.size() / 10)));
            ParallelCoder coder = new ParallelCoder(pipeline, threads);
            coder.codeAll(articles.subList(0, warm).iterator(), o -> {});
            pipeline.times().reset();
            BenchReport report = measure(coder, threads, pipeline, articles, warm, load, heap);
            PrintWriter out = spec.commandLine().getOut();
            out.println(format == Format.JSON ? report.json() : report.table().stripTrailing());
            out.flush();
        }
        return ExitCode.OK;
    }

    private BenchReport measure(
            ParallelCoder coder,
            int threads,
            DyadPipeline pipeline,
            List<Article> articles,
            int warm,
            double load,
            HeapWatch heap) {
        StageTimes times = pipeline.times();
        EventJsonWriter writer = new EventJsonWriter(Writer.nullWriter());
        long[] counts = new long[5]; // articles, failed, sentences, tokens, events
        long start = System.nanoTime();
        coder.codeAll(articles.iterator(), o -> {
            if (o.coded().isEmpty()) {
                counts[1]++;
                return;
            }
            QualifiedArticle coded = o.coded().get();
            counts[0]++;
            for (Sentence s : coded.tagged().annotated().sentences()) {
                counts[2]++;
                counts[3] += s.size();
            }
            counts[4] += coded.events().size();
            times.time("writing", () -> write(writer, coded));
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        return new BenchReport(
                pipeline.annotator().description(),
                threads,
                warm,
                (int) counts[0],
                (int) counts[1],
                (int) counts[2],
                counts[3],
                (int) counts[4],
                load,
                seconds,
                ordered(times.seconds()),
                heap.peakMb(),
                Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    private static Void write(EventJsonWriter writer, QualifiedArticle coded) {
        try {
            writer.writeAll(coded.events(), coded.article().text());
            writer.flush();
        } catch (IOException e) {
            throw new IllegalStateException("a null writer failed", e);
        }
        return null;
    }

    private static Map<String, Double> ordered(Map<String, Double> seconds) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String prefix : ORDER) {
            seconds.forEach((stage, s) -> {
                if (prefix.endsWith(".") ? stage.startsWith(prefix) : stage.equals(prefix)) {
                    out.put(stage, s);
                }
            });
        }
        seconds.forEach(out::putIfAbsent);
        return out;
    }
}
