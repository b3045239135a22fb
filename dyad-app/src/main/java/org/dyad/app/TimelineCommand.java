package org.dyad.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.analysis.ChangePointDetector;
import org.dyad.analysis.DateRange;
import org.dyad.analysis.Dyad;
import org.dyad.analysis.DyadEvent;
import org.dyad.analysis.Period;
import org.dyad.analysis.Shift;
import org.dyad.analysis.Shifts;
import org.dyad.analysis.SourceTimelines;
import org.dyad.analysis.SourcesChart;
import org.dyad.analysis.Timeline;
import org.dyad.analysis.TimelineChart;
import org.dyad.analysis.TimelineWriter;
import org.dyad.store.EventStore;
import org.dyad.store.SourceQueries;
import org.dyad.store.StoreException;
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
                    + "detected shifts (see 'dyad shifts') marked.",
            "--source dyad,icews sets sources side by side: one labelled block of rows per source in the table, a "
                    + "leading source column in the CSV, one line of events per period per source in the chart. 'dyad' "
                    + "is the store's own events; other names are sources loaded by 'dyad import'."
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

    @Option(
            names = "--source",
            split = ",",
            paramLabel = "SOURCE",
            description = "The sources to set side by side, comma-separated: dyad (the store's own events) and "
                    + "imported ones (icews, gdelt, ...). Default: dyad alone, as one table.")
    List<String> sources;

    @Mixin
    AnalysisOptions options;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Period p = parsePeriod(period);
        Dyad dyad =
                Dyad.of(first.toUpperCase(java.util.Locale.ROOT), second.toUpperCase(java.util.Locale.ROOT), directed);
        Format chosen = format != null ? format : Terminal.stdoutIsTerminal() ? Format.TABLE : Format.CSV;
        if (sources != null && !sources.isEmpty()) {
            List<DyadEvent> own = sources.contains(SourceQueries.OWN) ? options.load(err, dyad) : List.of();
            return bySource(dyad, p, chosen, own, err);
        }
        List<DyadEvent> events = options.load(err, dyad);
        Timeline timeline = Timeline.of(events, dyad, p);
        if (timeline.total() == 0) {
            err.println("dyad: no events between " + dyad.label()
                    + (options.events != null ? " in " + options.events : ""));
        }
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

    /** One timeline per source, each labelled; the store's own events were read already. */
    private int bySource(Dyad dyad, Period p, Format chosen, List<DyadEvent> own, PrintWriter err) throws IOException {
        List<SourceTimelines.Labelled> timelines = new ArrayList<>();
        for (String source : sources.stream().map(String::strip).distinct().toList()) {
            List<DyadEvent> events = source.equals(SourceQueries.OWN) ? own : imported(source, dyad);
            Timeline timeline = Timeline.of(events, dyad, p);
            if (timeline.total() == 0) {
                err.println("dyad: no events between " + dyad.label() + " in source " + source);
            }
            timelines.add(new SourceTimelines.Labelled(source, timeline));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(chosen == Format.TABLE ? SourceTimelines.table(timelines) : SourceTimelines.csv(timelines));
        out.flush();
        if (plot != null) {
            try (Writer w = Files.newBufferedWriter(plot, StandardCharsets.UTF_8)) {
                new SourcesChart().write(timelines, w);
            }
            err.println("dyad: chart written to " + plot);
        }
        return ExitCode.OK;
    }

    private List<DyadEvent> imported(String source, Dyad dyad) {
        try (EventStore db = options.store.openReadOnly()) {
            SourceQueries queries = new SourceQueries(db);
            checkSource(queries, source, options.store);
            boolean byCountry = options.level == AnalysisOptions.Level.COUNTRY;
            DateRange range = options.range();
            return queries.importedDyadEvents(source, dyad.first(), dyad.second(), byCountry).stream()
                    .filter(e -> range.contains(e.date()))
                    .toList();
        } catch (StoreException e) {
            throw new UserError(e.getMessage(), ExitCode.STORE);
        }
    }

    /** {@code source} is dyad's own or an imported one; anything else is a usage error naming what there is. */
    static void checkSource(SourceQueries queries, String source, StoreOption store) throws StoreException {
        if (source.equals(SourceQueries.OWN)) {
            return;
        }
        java.util.Map<String, Long> imported = queries.importedSources();
        if (!imported.containsKey(source)) {
            throw new UserError(
                    "no source '" + source + "' in " + store.file() + " (there is " + SourceQueries.OWN
                            + (imported.isEmpty() ? "" : ", " + String.join(", ", imported.keySet()))
                            + "; load one with 'dyad import')",
                    ExitCode.USAGE);
        }
    }

    static Period parsePeriod(String name) {
        try {
            return Period.parse(name);
        } catch (IllegalArgumentException e) {
            throw new UserError("--period " + name + ": use day, week or month", ExitCode.USAGE);
        }
    }
}
