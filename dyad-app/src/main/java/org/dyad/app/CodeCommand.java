package org.dyad.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.model.Article;
import org.dyad.model.Diagnostic;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.ParallelCoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad code}: articles in, coded events out. */
@Command(
        name = "code",
        mixinStandardHelpOptions = true,
        description = {
            "Codes the events in news articles.",
            "FILE is a .txt or .html article, or a .jsonl file with one article a line "
                    + "({\"id\", \"text\", \"published\", ...}); '-' reads standard input.",
            "Output is dyad.event/1 JSON Lines when --format jsonl is given or standard output is not a "
                    + "terminal, else a table: sentence number, source, event code and name, target, trigger.",
            "Inputs that cannot be read are named on standard error and skipped; the rest is coded."
        })
public final class CodeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "Articles to code (.txt, .html, .jsonl, or - for standard input).")
    List<String> files;

    @Option(
            names = "--published",
            paramLabel = "DATE",
            description =
                    "Publication date (YYYY-MM-DD) for articles that do not give their own; anchors relative dates.")
    LocalDate published;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "table or jsonl (default: table on a terminal, jsonl otherwise).")
    OutputFormat format;

    @Mixin
    PipelineOptions pipelineOptions;

    @Option(
            names = "--timing",
            description = "Print on standard error how long loading the models and coding took, apart.")
    boolean timing;

    @Mixin
    WorkerOptions workers;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        workers.check();
        int threads = workers.threads;
        pipelineOptions.check();
        Inputs.Read read = Inputs.read(files, Optional.ofNullable(published), err);
        List<Article> articles = read.articles();
        if (articles.isEmpty()) {
            if (read.reported() > 0) {
                return ExitCode.NO_INPUT; // each unusable input has had its one line
            }
            throw new UserError("nothing to code: no article in " + String.join(", ", files), ExitCode.NO_INPUT);
        }
        OutputFormat chosen =
                format != null ? format : (Terminal.stdoutIsTerminal() ? OutputFormat.TABLE : OutputFormat.JSONL);
        int[] counts = new int[4]; // coded, failed, events, sentences
        long loadStart = System.nanoTime();
        try (DyadPipeline pipeline = Engine.load(err, pipelineOptions, threads);
                EventOutput out = EventOutput.open(chosen, spec.commandLine().getOut(), articles.size() > 1)) {
            long codeStart = System.nanoTime();
            Progress progress = new Progress(err, articles.size(), Terminal.stderrIsTerminal(), "coded", "event");
            new ParallelCoder(pipeline, threads).codeAll(articles.iterator(), o -> {
                o.diagnostics().forEach(d -> err.println("dyad: " + d));
                if (o.coded().isPresent()) {
                    out.write(o.coded().get());
                    counts[0]++;
                    counts[2] += o.coded().get().events().size();
                    counts[3] +=
                            o.coded().get().tagged().annotated().sentences().size();
                } else {
                    counts[1]++;
                    err.println("dyad: "
                            + new Diagnostic(
                                    o.article().origin(),
                                    "could not be coded: " + o.failure().orElse("?")));
                }
                progress.step(counts[2]);
            });
            progress.done(counts[0], counts[1], counts[2]);
            if (timing) {
                double load = (codeStart - loadStart) / 1e9;
                double coding = (System.nanoTime() - codeStart) / 1e9;
                err.printf(
                        "dyad: timing: models and dictionaries loaded in %.1f s; %d article(s), %d sentence(s), "
                                + "%d event(s) coded in %.1f s (%.1f sentences/s, %d thread(s))%n",
                        load, counts[0], counts[3], counts[2], coding, counts[3] / Math.max(coding, 1e-9), threads);
                err.flush();
            }
        }
        return counts[0] > 0 ? ExitCode.OK : ExitCode.NO_INPUT;
    }

    /** The output formats of {@code dyad code}. */
    public enum OutputFormat {
        TABLE,
        JSONL;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
