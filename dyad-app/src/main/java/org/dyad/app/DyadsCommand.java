package org.dyad.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad dyads}: the most active pairs of actors in the store. */
@Command(
        name = "dyads",
        mixinStandardHelpOptions = true,
        description = {
            "Lists the most active source-target pairs: events by quad class (verbal and material "
                    + "cooperation, verbal and material conflict) and mean Goldstein score."
        })
public final class DyadsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--top", paramLabel = "N", description = "How many pairs (default: ${DEFAULT-VALUE}).")
    int top = 20;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, jsonl or csv.")
    ResultOutput.Format format;

    @Override
    public Integer call() {
        int n = UserError.atLeastOne("--top", top);
        ResultOutput.print(
                store.read(q -> q.dyads(n)),
                ResultOutput.choose(format),
                spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
