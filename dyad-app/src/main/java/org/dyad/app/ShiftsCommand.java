package org.dyad.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.analysis.ChangePointDetector;
import org.dyad.analysis.Dyad;
import org.dyad.analysis.DyadEvent;
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
            "When relationships turned: change points in each dyad's weekly mean Goldstein series, found by binary "
                    + "segmentation on a CUSUM statistic with a permutation test (docs/analysis.md), reported as "
                    + "'from mean x to mean y around date d, with confidence c'.",
            "Without --dyad, every pair with enough weeks of events."
        })
public final class ShiftsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--dyad", arity = "2", paramLabel = "ACTOR", description = "Only this pair, e.g. --dyad RUS IRN.")
    List<String> dyad;

    @Option(
            names = "--min-weeks",
            paramLabel = "N",
            description = "Fewest weeks with events on each side of a change. Default: ${DEFAULT-VALUE}.")
    int minWeeks = 3;

    @Mixin
    AnalysisOptions options;

    @Override
    public Integer call() {
        UserError.atLeastOne("--min-weeks", minWeeks);
        PrintWriter err = spec.commandLine().getErr();
        List<DyadEvent> events = options.load(err);
        Shifts shifts = new Shifts(new ChangePointDetector(minWeeks, 999, 0.01, 20191105L));
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
        found.forEach(s -> out.println(s.describe()));
        out.flush();
        return ExitCode.OK;
    }
}
