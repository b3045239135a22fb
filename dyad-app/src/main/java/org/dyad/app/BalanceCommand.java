package org.dyad.app;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.analysis.BalanceReport;
import org.dyad.analysis.SignedNetwork;
import org.dyad.analysis.StructuralBalance;
import org.dyad.analysis.Triad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad balance}: structural balance of the signed actor network. */
@Command(
        name = "balance",
        mixinStandardHelpOptions = true,
        description = {
            "Structural balance of the signed actor network (see 'dyad network'): of all triads of actors whose three "
                    + "pairs all interacted, the share that is balanced (an even number of hostile pairs: 'the enemy of "
                    + "my enemy is my friend'), also weighted by each triad's weakest edge, and the unbalanced triads, "
                    + "heaviest first."
        })
public final class BalanceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--top",
            paramLabel = "N",
            description = "How many unbalanced triads to list. Default: ${DEFAULT-VALUE}.")
    int top = 20;

    @Mixin
    AnalysisOptions options;

    @Override
    public Integer call() {
        if (top < 0) {
            throw new UserError("--top must be 0 or more, not " + top, ExitCode.USAGE); // was a stack trace
        }
        PrintWriter err = spec.commandLine().getErr();
        SignedNetwork network = SignedNetwork.of(options.load(err), options.range(), SignedNetwork.Weighting.GOLDSTEIN);
        BalanceReport report = StructuralBalance.of(network);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "triads: %d, balanced: %d%n", report.triads(), report.balancedTriads());
        report.balancedShare().ifPresent(s -> out.printf(Locale.ROOT, "balanced share: %.3f%n", s));
        report.weightedBalancedShare().ifPresent(s -> out.printf(Locale.ROOT, "balanced share by weight: %.3f%n", s));
        if (!report.unbalanced().isEmpty()) {
            out.println("unbalanced triads, heaviest first:");
            report.unbalanced().stream()
                    .limit(top)
                    .forEach((Triad t) -> out.printf(Locale.ROOT, "  %-40s weight %.1f%n", t.label(), t.weight()));
        }
        out.flush();
        return ExitCode.OK;
    }
}
