package org.dyad.app;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dyad.analysis.ChangePointDetector;
import org.dyad.analysis.Dyad;
import org.dyad.analysis.DyadEvent;
import org.dyad.analysis.Period;
import org.dyad.analysis.Shift;
import org.dyad.analysis.Shifts;
import org.dyad.model.OneLine;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import org.dyad.store.StoreQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad shifts}: when a relationship turned. */
@Command(
        name = "shifts",
        mixinStandardHelpOptions = true,
        description = {
            "When relationships turned: change points in three series of each dyad, per week (or --period): the mean "
                    + "Goldstein weight of the periods with events (the tone), and the numbers of events of material "
                    + "conflict and of cooperation per period, every period counted, the empty ones as zero (the rates "
                    + "that show a war breaking out or ending, even in a dyad with few events before). Found by binary "
                    + "segmentation with a permutation test (docs/analysis.md); each shift is reported with its "
                    + "levels before and after, the first period of the new level, the confidence and the ids of the "
                    + "events that show it (look one up with: dyad sql \"SELECT json_extract_string(json, '$.sentence') FROM events WHERE "
                    + "event_id = 'ID'\").",
            "Without --dyad, every pair with enough events."
        })
public final class ShiftsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--dyad", arity = "2", paramLabel = "ACTOR", description = "Only this pair, e.g. --dyad RUS IRN.")
    List<String> dyad;

    @Option(
            names = "--min-weeks",
            paramLabel = "N",
            description =
                    "Fewest periods on each side of a change (for the tone: periods with events). Default: ${DEFAULT-VALUE}.")
    int minWeeks = 3;

    @Option(
            names = "--period",
            paramLabel = "PERIOD",
            description = "week (the default) or month: the step of the series; month suits sparse dyads.")
    String period = "week";

    @Mixin
    AnalysisOptions options;

    @Override
    public Integer call() {
        UserError.atLeastOne("--min-weeks", minWeeks);
        PrintWriter err = spec.commandLine().getErr();
        Period step = period.equalsIgnoreCase("month") ? Period.MONTH : Period.WEEK;
        if (!period.equalsIgnoreCase("week") && !period.equalsIgnoreCase("month")) {
            throw new UserError("--period must be week or month, not '" + period + "'", ExitCode.USAGE);
        }
        Dyad only = dyad == null
                ? null
                : Dyad.of(dyad.get(0).toUpperCase(Locale.ROOT), dyad.get(1).toUpperCase(Locale.ROOT), false);
        List<DyadEvent> events = options.load(err, only);
        Shifts shifts = new Shifts(
                new ChangePointDetector(minWeeks, 999, 0.01, 20191105L), Shifts.defaultRates(minWeeks), step);
        List<Shift> found = only != null ? shifts.detect(events, only) : shifts.detectAll(events, false);
        PrintWriter out = spec.commandLine().getOut();
        if (found.isEmpty()) {
            err.println("dyad: no shift found in " + events.size() + " events"
                    + (only == null ? "" : " of " + only.label()));
        }
        Map<String, String> shown = evidenceLines(found);
        for (Shift s : found) {
            out.println(s.describe());
            s.evidence().forEach(id -> out.println("    " + shown.getOrDefault(id, id)));
        }
        out.flush();
        return ExitCode.OK;
    }

    /**
     * One line per evidence event, for people: its date, dyad, code and sentence (cut to 160
     * characters) when the events come from the store; the ids alone for an events file.
     */
    private Map<String, String> evidenceLines(List<Shift> found) {
        Map<String, String> lines = new HashMap<>();
        Set<String> ids = new LinkedHashSet<>();
        found.forEach(s -> ids.addAll(s.evidence()));
        if (options.events != null || ids.isEmpty()) {
            return lines;
        }
        try (EventStore db = options.store.openReadOnly()) {
            for (List<Object> row : new StoreQueries(db).evidence(ids).rows()) {
                String sentence = OneLine.of(String.valueOf(row.get(5)));
                lines.put(
                        String.valueOf(row.get(0)),
                        String.format(
                                "%s %s->%s %s \"%s\" (%s)",
                                row.get(1),
                                row.get(2),
                                row.get(3),
                                row.get(4),
                                sentence.length() > 160 ? sentence.substring(0, 157) + "..." : sentence,
                                row.get(0)));
            }
        } catch (StoreException e) {
            throw new UserError(e.getMessage(), ExitCode.STORE);
        }
        return lines;
    }
}
