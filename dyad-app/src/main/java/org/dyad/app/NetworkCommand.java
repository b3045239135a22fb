package org.dyad.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.analysis.NetworkWriter;
import org.dyad.analysis.SignedNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad network}: the signed, weighted actor network, for Gephi and friends. */
@Command(
        name = "network",
        mixinStandardHelpOptions = true,
        description = {
            "The signed, weighted actor network of a period: one node per actor, one edge per pair that interacted, "
                    + "with its event count, sum and mean Goldstein weight, its sign (+ cooperation, - conflict, by the "
                    + "mean Goldstein weight) and its weight (|sum of Goldstein weights|, or the count with --weight count).",
            "GraphML and GEXF open in Gephi; JSON is nodes and links for d3 and the like."
        })
public final class NetworkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "graphml, gexf or json. Default: ${DEFAULT-VALUE}.")
    NetworkWriter.Format format = NetworkWriter.Format.GRAPHML;

    @Option(names = "--weight", paramLabel = "WEIGHT", description = "goldstein or count. Default: ${DEFAULT-VALUE}.")
    SignedNetwork.Weighting weighting = SignedNetwork.Weighting.GOLDSTEIN;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to FILE instead of standard output.")
    Path output;

    @Mixin
    AnalysisOptions options;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        SignedNetwork network = SignedNetwork.of(options.load(err), options.range(), weighting);
        String rendered = new NetworkWriter().render(network, format);
        if (output == null) {
            spec.commandLine().getOut().print(rendered);
            spec.commandLine().getOut().flush();
        } else {
            try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                w.write(rendered);
            }
            err.println("dyad: " + network.nodes().size() + " actors and "
                    + network.edges().size() + " edges written to " + output);
        }
        return ExitCode.OK;
    }
}
