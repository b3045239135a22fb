package org.dyad.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.analysis.ChangePointDetector;
import org.dyad.analysis.Dyad;
import org.dyad.analysis.DyadEvent;
import org.dyad.analysis.Period;
import org.dyad.analysis.Shift;
import org.dyad.analysis.Shifts;
import org.dyad.analysis.Timeline;
import org.dyad.analysis.TimelineChart;
import org.dyad.analysis.TimelineWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad timeline A B}: how two actors' relations moved, period by period. */
@Command(
        name = "timeline",
        mixinStandardHelpOptions = true,
        description = {
            "How relations between two actors moved: per day, week or month, the number of events by quad class "
                    + "(verbal and material cooperation, verbal and material conflict) and their mean Goldstein weight, "
                    + "in both directions unless --directed.",
            "A table on a terminal, CSV when piped or with --format csv; --plot FILE.svg also draws it, with the "
                    + "detected shifts (see 'dyad shifts') marked."
        })
public final class TimelineCommand implements Callable<Integer> {
    enum Format {
        TABLE,
        CSV
    }

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "A",
            description = "One actor: a country (RUS) or, with --by code, a code (RUSGOV).")
    String first;

    @Parameters(index = "1", paramLabel = "B", description = "The other actor.")
    String second;

    @Option(
            names = "--period",
            paramLabel = "PERIOD",
            description = "day, week (ISO weeks, from Monday) or month. Default: week.")
    String period = "week";

    @Option(names = "--directed", description = "Only events from A to B.")
    boolean directed;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "table or csv (default: table on a terminal, csv otherwise).")
    Format format;

    @Option(
            names = "--plot",
            paramLabel = "FILE.svg",
            description = "Also draw the timeline as an SVG chart into FILE.")
    Path plot;

    @Mixin
    AnalysisOptions options;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Period p = parsePeriod(period);
        List<DyadEvent> events = options.load(err);
        Dyad dyad =
                Dyad.of(first.toUpperCase(java.util.Locale.ROOT), second.toUpperCase(java.util.Locale.ROOT), directed);
        Timeline timeline = Timeline.of(events, dyad, p);
        if (timeline.total() == 0) {
            err.println("dyad: no events between " + dyad.label() + " in " + events.size() + " events read");
        }
        Format chosen = format != null ? format : Terminal.stdoutIsTerminal() ? Format.TABLE : Format.CSV;
        PrintWriter out = spec.commandLine().getOut();
        TimelineWriter writer = new TimelineWriter();
        out.print(chosen == Format.TABLE ? writer.table(timeline) : writer.csv(timeline));
        out.flush();
        if (plot != null) {
            List<Shift> shifts = new Shifts(ChangePointDetector.defaults()).detect(events, dyad);
            try (Writer w = Files.newBufferedWriter(plot, StandardCharsets.UTF_8)) {
                new TimelineChart()
                        .write(timeline, shifts.stream().map(Shift::around).toList(), w);
            }
            err.println("dyad: chart written to " + plot);
        }
        return ExitCode.OK;
    }

    static Period parsePeriod(String name) {
        try {
            return Period.parse(name);
        } catch (IllegalArgumentException e) {
            throw new UserError("--period " + name + ": use day, week or month", ExitCode.USAGE);
        }
    }
}
