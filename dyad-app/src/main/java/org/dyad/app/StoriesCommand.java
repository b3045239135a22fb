package org.dyad.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad stories}: the story events of the store, the most reported first. */
@Command(
        name = "stories",
        mixinStandardHelpOptions = true,
        description = {
            "Lists story events: the same real-world event as many articles report it (the same dyad, "
                    + "CAMEO root, overlapping dates and compatible places), with how many event records (mentions), articles "
                    + "and distinct sources report it, the most reported first. 'dyad sql' reaches the event records behind "
                    + "each through the story_events table."
        })
public final class StoriesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--top", paramLabel = "N", description = "How many stories (default: ${DEFAULT-VALUE}).")
    int top = 20;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, jsonl or csv.")
    ResultOutput.Format format;

    @Override
    public Integer call() {
        int n = UserError.atLeastOne("--top", top);
        ResultOutput.print(
                store.read(q -> q.stories(n)),
                ResultOutput.choose(format),
                spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
