package org.dyad.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.model.ActorTaggedArticle;
import org.dyad.model.Article;
import org.dyad.model.Diagnostic;
import org.dyad.pipeline.ArticleWorkers;
import org.dyad.pipeline.DyadPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad actors}: articles in, the actors mentioned in them out, with no event coding. */
@Command(
        name = "actors",
        mixinStandardHelpOptions = true,
        description = {
            "Lists the actors mentioned in news articles, as dyad recognises them, without coding events: "
                    + "to check a dictionary, or to find the actors it lacks.",
            "FILE is read as by 'dyad code': a .txt or .html article, a .jsonl file with one article a line, "
                    + "or '-' for standard input.",
            "Output is dyad.actor/1 JSON Lines (one object per mention: text, start, end, name, code, country, "
                    + "agent, patron, kind, head, evidence) when --format jsonl is given or standard output is not a "
                    + "terminal, else a table: sentence number, text, code, country, agent, patron, kind.",
            "With --unknown: the actors no dictionary knows, the most mentioned first, with a count and an "
                    + "example, ready to be added to a dictionary of your own (--dictionary)."
        })
public final class ActorsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "Articles to read (.txt, .html, .jsonl, or - for standard input).")
    List<String> files;

    @Option(
            names = "--published",
            paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) for articles that do not give their own; picks dated codes.")
    LocalDate published;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "table or jsonl (default: table on a terminal, jsonl otherwise).")
    CodeCommand.OutputFormat format;

    @Mixin
    PipelineOptions pipelineOptions;

    @Option(
            names = "--unknown",
            description =
                    "Instead of every mention, count the actors that no dictionary knows, the most mentioned first.")
    boolean unknown;

    @picocli.CommandLine.Mixin
    WorkerOptions workers;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        workers.check();
        pipelineOptions.check();
        Inputs.Read read = Inputs.read(files, Optional.ofNullable(published), err);
        if (read.articles().isEmpty()) {
            if (read.reported() > 0) {
                return ExitCode.NO_INPUT; // each unusable input has had its one line
            }
            throw new UserError("nothing to read: no article in " + String.join(", ", files), ExitCode.NO_INPUT);
        }
        CodeCommand.OutputFormat chosen = format != null
                ? format
                : Terminal.stdoutIsTerminal() ? CodeCommand.OutputFormat.TABLE : CodeCommand.OutputFormat.JSONL;
        try (DyadPipeline pipeline = Engine.load(err, pipelineOptions);
                ActorOutput out = ActorOutput.open(
                        chosen,
                        unknown,
                        spec.commandLine().getOut(),
                        read.articles().size() > 1)) {
            return run(pipeline, read.articles(), out, err);
        }
    }

    private int run(DyadPipeline pipeline, List<Article> articles, ActorOutput out, PrintWriter err) {
        int[] counts = new int[3]; // read, failed, mentions
        Progress progress = new Progress(err, articles.size(), Terminal.stderrIsTerminal(), "read", "actor mention");
        // Each article by the pipeline of its language.
        new ArticleWorkers<ActorTaggedArticle>(
                        (a, context) -> pipeline.pipelineFor(a).tagActors(a, context), workers.threads)
                .runAll(articles.iterator(), r -> {
                    r.diagnostics().forEach(d -> err.println("dyad: " + d));
                    if (r.value().isPresent()) {
                        out.write(r.value().get());
                        counts[0]++;
                        counts[2] += r.value().get().actors().size();
                    } else {
                        counts[1]++;
                        err.println("dyad: "
                                + new Diagnostic(
                                        r.article().origin(),
                                        "could not be processed: " + r.failure().orElse("?")));
                    }
                    progress.step(counts[2]);
                });
        progress.done(counts[0], counts[1], counts[2]);
        return counts[0] > 0 ? ExitCode.OK : ExitCode.NO_INPUT;
    }
}
