package org.dyad.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.analysis.ChangePointDetector;
import org.dyad.analysis.Dyad;
import org.dyad.analysis.DyadEvent;
import org.dyad.analysis.Period;
import org.dyad.analysis.Shift;
import org.dyad.analysis.Shifts;
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
        List<DyadEvent> events = options.load(err);
        Period step = period.equalsIgnoreCase("month") ? Period.MONTH : Period.WEEK;
        if (!period.equalsIgnoreCase("week") && !period.equalsIgnoreCase("month")) {
            throw new UserError("--period must be week or month, not '" + period + "'", ExitCode.USAGE);
        }
        Shifts shifts = new Shifts(
                new ChangePointDetector(minWeeks, 999, 0.01, 20191105L), Shifts.defaultRates(minWeeks), step);
        List<Shift> found = dyad != null
                ? shifts.detect(
                        events,
                        Dyad.of(
                                dyad.get(0).toUpperCase(Locale.ROOT),
                                dyad.get(1).toUpperCase(Locale.ROOT),
                                false))
                : shifts.detectAll(events, false);
        PrintWriter out = spec.commandLine().getOut();
        if (found.isEmpty()) {
            err.println("dyad: no shift found in " + events.size() + " events");
        }
        found.forEach(s -> out.println(
                s.describe() + (s.evidence().isEmpty() ? "" : "; evidence: " + String.join(" ", s.evidence()))));
        out.flush();
        return ExitCode.OK;
    }
}
