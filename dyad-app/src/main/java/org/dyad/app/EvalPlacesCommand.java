package org.dyad.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.eval.GoldFileException;
import org.dyad.eval.places.PlaceEvaluation;
import org.dyad.eval.places.PlaceGoldReader;
import org.dyad.eval.places.PlaceGoldRecord;
import org.dyad.eval.places.PlaceReport;
import org.dyad.eval.places.PlaceReportJson;
import org.dyad.eval.places.PlaceReportText;
import org.dyad.model.Diagnostic;
import org.dyad.pipeline.DyadPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad eval-places}: codes the sentences of an event-location gold file and says how well the events are placed. */
@Command(
        name = "eval-places",
        mixinStandardHelpOptions = true,
        description = {
            "Measures where dyad places events: codes each record of GOLD (JSON Lines of {\"id\", \"text\", "
                    + "\"verb\": [{\"start\", \"end\"}], \"location\": [{\"start\", \"end\"}]}, offsets in characters; a "
                    + "location with start = end, or none, means the annotator found no location) and, over the records "
                    + "where dyad codes an event whose trigger overlaps the gold verb, counts those whose where.text "
                    + "overlaps a gold location, or is null where the gold has none.",
            "Prints a table of outcomes, the first records placed wrong and, last, the summary line; "
                    + "--format json prints one JSON object with every record's outcome."
        })
public final class EvalPlacesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD", description = "The event-location gold file (.jsonl).")
    Path gold;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json: one JSON object.")
    EvalCommand.Format format = EvalCommand.Format.TABLE;

    @Option(
            names = "--wrong",
            paramLabel = "N",
            description = "How many wrongly placed records to list (default: ${DEFAULT-VALUE}).")
    int wrong = 20;

    @Mixin
    WorkerOptions workers;

    @Mixin
    PipelineOptions pipelineOptions;

    @Override
    public Integer call() {
        int threads = workers.checked();
        if (wrong < 0) {
            throw new UserError("--wrong must be 0 or more, not " + wrong, ExitCode.USAGE);
        }
        pipelineOptions.check();
        PrintWriter err = spec.commandLine().getErr();
        List<PlaceGoldRecord> records;
        try {
            records = PlaceGoldReader.read(gold, note -> err.println("dyad: " + note));
        } catch (GoldFileException e) {
            throw new UserError(e.getMessage(), ExitCode.NO_INPUT);
        }
        if (records.isEmpty()) {
            throw new UserError("nothing to score: no record in " + gold, ExitCode.NO_INPUT);
        }
        PlaceReport report;
        try (DyadPipeline pipeline = Engine.load(err, pipelineOptions)) {
            Progress progress = new Progress(err, records.size(), Terminal.stderrIsTerminal(), "coded", "event");
            int[] counts = new int[3]; // coded, failed, events
            report = new PlaceEvaluation(pipeline, threads).run(gold.toString(), records, o -> {
                o.diagnostics().forEach(d -> err.println("dyad: " + d));
                if (o.coded().isPresent()) {
                    counts[0]++;
                    counts[2] += o.coded().get().events().size();
                } else {
                    counts[1]++;
                    err.println("dyad: "
                            + new Diagnostic(
                                    o.article().origin(),
                                    "could not be coded: " + o.failure().orElse("?")));
                }
                progress.step(counts[2]);
                if (counts[0] + counts[1] == records.size()) {
                    progress.done(counts[0], counts[1], counts[2]);
                }
            });
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == EvalCommand.Format.JSON) {
            out.println(PlaceReportJson.toJson(report));
            out.flush();
        } else {
            new PlaceReportText(out).write(report, wrong);
        }
        return ExitCode.OK;
    }

    @Override
    public String toString() {
        return "eval-places " + gold + " " + format.toString().toLowerCase(Locale.ROOT);
    }
}
